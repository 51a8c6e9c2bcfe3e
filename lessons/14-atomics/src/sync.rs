//! The atomic types the lesson's code is built on: std's normally, loom's under `--cfg loom`.
//!
//! Lesson 06 does the same for its counters: the code names `crate::sync::AtomicBool`, and one
//! `cfg` decides what that is, so `tests/loom.rs` checks the very functions the chapter shows.
//! `Ordering` is std's in both cases (loom re-exports it).

// ANCHOR: sync
#[cfg(loom)]
pub use loom::hint::spin_loop;
#[cfg(loom)]
pub use loom::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, fence};

#[cfg(not(loom))]
pub use std::hint::spin_loop;
#[cfg(not(loom))]
pub use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, fence};

pub use std::sync::atomic::Ordering;
// ANCHOR_END: sync
