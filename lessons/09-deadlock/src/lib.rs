//! Lesson 09: deadlocks, found and bounded, and the fixes that break them.
//!
//! Seed 003 leaves deadlock as a joke ("Hire me and I will tell you what a deadlock is"). Here
//! the real thing runs, but never in a way that can hang: every deadlock that cannot be undone
//! happens in a child process (this lesson's binary re-run in a hidden `--scenario` mode) that
//! is watched and killed ([`watch`]), and every wait in this process has a timeout or a
//! `try_` form.
//!
//! - [`classic`]: two threads, two locks, opposite order; and the fix, one global lock order.
//! - [`detect`]: `parking_lot`'s `deadlock_detection` finds the cycle from inside.
//! - [`philosophers`]: dining philosophers, the naive way to take forks and four fixes;
//!   [`dinner`] runs them, and shows live-lock.
//! - [`channels`]: channels waiting for each other, a rendezvous with no partner, and a thread
//!   that waits for itself.

pub mod channels;
pub mod classic;
pub mod detect;
pub mod dinner;
pub mod philosophers;
pub mod watch;

pub use channels::{
    both_receive_first, one_speaks_first, relock_reentrant, relock_same_thread, rendezvous_alone,
    rendezvous_fixed,
};
pub use classic::{
    Account, pay_each_other_ordered, transfer, transfer_ordered, two_locks_child, watch_two_locks,
};
pub use detect::{Detection, Stuck, deadlock_then_detect, detect_in_child, is_cycle};
pub use dinner::{Dinner, Fix, Livelock, dine, livelock, naive_dinner_child, watch_naive_dinner};
pub use philosophers::{Table, Waiter};
pub use watch::Watch;

use std::io::Write;
use std::time::Duration;

/// The hidden modes in which the lesson's binary runs as a child process, to deadlock for real.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Scenario {
    /// [`two_locks_child`]: two threads, two locks, opposite order; prints a heartbeat.
    TwoLocks,
    /// [`deadlock_then_detect`]: deadlocks, finds the cycle, prints it, exits.
    Detect,
    /// [`naive_dinner_child`]: every philosopher holds the left fork; prints a heartbeat.
    NaiveDinner,
}

// ANCHOR: scenario
/// Runs `scenario` in this process, which must be a child the parent will watch: it either
/// deadlocks for good (the parent kills it) or prints what it found and ends the whole process
/// with `std::process::exit`, which also ends the threads that are stuck.
pub fn run_scenario(scenario: Scenario, philosophers: usize) -> ! {
    match scenario {
        Scenario::TwoLocks => two_locks_child(),
        Scenario::NaiveDinner => naive_dinner_child(philosophers),
        Scenario::Detect => {
            let cycle = deadlock_then_detect(Duration::from_millis(10), Duration::from_secs(3));
            if cycle.is_empty() {
                println!("parking_lot found no deadlock");
                std::process::exit(1);
            }
            println!("parking_lot found a cycle of {} threads:", cycle.len());
            for thread in &cycle {
                println!("  {thread}");
            }
            let _ = std::io::stdout().flush();
            std::process::exit(0)
        }
    }
}
// ANCHOR_END: scenario
