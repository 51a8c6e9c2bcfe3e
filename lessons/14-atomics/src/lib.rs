//! Lesson 14: atomics and memory orderings, each one shown at work.
//!
//! CPython gives Python code no atomic types: a `Lock` is the tool there. Rust gives you the
//! processor's atomic instructions, and with them a choice Python never asks you to make: an
//! `Ordering` for every operation. Each module shows one idea:
//!
//! - [`take_ticket`]: `fetch_add` hands out unique numbers, where lesson 06's load-then-store
//!   hands out duplicates ([`take_ticket_split`]).
//! - [`cas::update`]: seed 003's `Data.update` as a compare-and-swap retry loop, which counts its
//!   retries.
//! - [`Mailbox`]: publishing a value through a flag, wrong with `Relaxed`, right with
//!   `Release`/`Acquire`.
//! - [`raise_then_look`] and its two `SeqCst` versions: the store-buffer litmus test, where only
//!   `SeqCst` will do.
//! - [`SpinLock`]: a lock on `compare_exchange` with Acquire/Release, and why `Mutex` is better.
//! - [`SameLine`] and [`Padded`]: false sharing, and `CachePadded`.
//!
//! The types come from [`sync`]: std's normally, loom's under `--cfg loom`, so `tests/loom.rs`
//! model-checks this very code. [`support`] holds the choreography and the measurements.

pub mod cas;
mod counter;
mod litmus;
mod padding;
mod publish;
mod spin;
pub mod support;
pub mod sync;

pub use counter::{take_ticket, take_ticket_split};
pub use litmus::{raise_then_look, raise_then_look_fenced, raise_then_look_seq_cst};
pub use padding::{Padded, SameLine, count_both};
pub use publish::Mailbox;
pub use spin::{SpinGuard, SpinLock, add_one_locked};
