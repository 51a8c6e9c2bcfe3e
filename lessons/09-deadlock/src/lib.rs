//! Lesson 09: deadlocks, found and bounded, and the fixes that break them.
//!
//! Seed 003 leaves deadlock as a joke ("Hire me and I will tell you what a deadlock is"). Here the
//! real thing runs, but never in a way that can hang: a deadlock that cannot be undone happens in
//! a child process that is watched and killed ([`support`]), and every wait in this process has a
//! timeout or a `try_` form.
//!
//! - [`accounts`]: two threads, two locks, opposite order; the fix, one global lock order.
//! - [`detect`]: `parking_lot`'s `deadlock_detection` finds the cycle from inside.
//! - [`philosophers`]: dining philosophers, the naive way to take forks, four fixes, live-lock.
//! - [`channels`]: channels that wait for each other, and a rendezvous with no partner.
//! - [`relock`]: a thread that waits for itself.

pub mod accounts;
pub mod channels;
pub mod detect;
pub mod philosophers;
pub mod relock;
pub mod support;

pub use accounts::{Account, pay_each_other_ordered, transfer, transfer_ordered};
pub use channels::{both_receive_first, one_speaks_first, rendezvous_alone, rendezvous_fixed};
pub use detect::find_cycle;
pub use philosophers::{
    Table, Waiter, eat_in_order, eat_naive, eat_with_backoff, eat_with_waiter, forks, livelock,
};
pub use relock::{relock_reentrant, relock_same_thread};
