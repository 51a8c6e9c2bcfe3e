//! What the child processes run: deadlocks for real, each with a heartbeat or a report.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Barrier};
use std::thread;
use std::time::Duration;

use super::cycle::deadlock_then_detect;
use timing::scenario;

use super::watch::{Note, heartbeat};
use crate::accounts::{Account, transfer};
use crate::philosophers::{eat_naive, forks};

/// In the `two-locks` child, after this many transfers both threads meet at a `Barrier` holding
/// their first lock.
pub const DEADLOCK_AFTER: u64 = 40;

/// Work each thread does between transfers, outside the locks (scaled by `LESSON_TIME_SCALE`).
pub const WORK: Duration = Duration::from_millis(5);

// ANCHOR: two_locks_child
/// Scenario `two-locks`: two threads pay each other forever with [`transfer`], counting
/// transfers, while the main thread prints a heartbeat. Once [`DEADLOCK_AFTER`] transfers are
/// done, each waits at a `Barrier` between its two locks, so the deadlock that can happen in any
/// round (and sometimes does, by itself) happens for sure.
pub fn two_locks_child() -> ! {
    let alice = Arc::new(Account::new(1, "alice", 100));
    let bob = Arc::new(Account::new(2, "bob", 100));
    let (moves, barrier) = (Arc::new(AtomicU64::new(0)), Arc::new(Barrier::new(2)));
    for (from, to) in [(&alice, &bob), (&bob, &alice)] {
        let (from, to) = (Arc::clone(from), Arc::clone(to));
        let (moves, barrier) = (Arc::clone(&moves), Arc::clone(&barrier));
        let name = format!("{}-pays-{}", from.name, to.name);
        thread::spawn(move || {
            loop {
                timing::sleep(WORK);
                transfer(&from, &to, 1, || {
                    if moves.load(Ordering::Relaxed) >= DEADLOCK_AFTER {
                        let note = format!("{name}: holds {}, waits for {}", from.name, to.name);
                        scenario::report(&Note(note));
                        barrier.wait();
                    }
                });
                moves.fetch_add(1, Ordering::Relaxed);
            }
        });
    }
    heartbeat(&moves)
}
// ANCHOR_END: two_locks_child

/// Scenario `naive-dinner`: `n` philosophers take their left fork, say so, wait at a `Barrier`
/// until everyone holds one, then reach for the right fork. Meals are counted for the heartbeat
/// (there will be none).
pub fn naive_dinner_child(n: usize) -> ! {
    let forks = Arc::new(forks(n));
    let everyone_holds_left = Arc::new(Barrier::new(n));
    let meals = Arc::new(AtomicU64::new(0));
    for i in 0..n {
        let (forks, barrier, meals) = (forks.clone(), everyone_holds_left.clone(), meals.clone());
        let (left, right) = (i, (i + 1) % n);
        let between_forks = move || {
            let note = format!("philosopher-{i} holds fork {left}, waits for fork {right}");
            scenario::report(&Note(note));
            barrier.wait();
        };
        let eat = move || {
            meals.fetch_add(1, Ordering::Relaxed);
        };
        thread::spawn(move || eat_naive(&forks, left, right, between_forks, eat));
    }
    heartbeat(&meals)
}

/// Scenario `detect`: deadlocks two threads, lets `parking_lot` find the cycle and reports it
/// (a list of [`Stuck`](super::Stuck) threads), then exits 0; exits 1 if no cycle was found in
/// 3 s. Exiting ends the stuck threads too.
pub fn detect_child() -> ! {
    let cycle = deadlock_then_detect(Duration::from_millis(10), Duration::from_secs(3));
    scenario::report(&cycle);
    std::process::exit(if cycle.is_empty() { 1 } else { 0 })
}
