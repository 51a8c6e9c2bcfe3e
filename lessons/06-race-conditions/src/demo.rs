//! The seeds' two-thread races, made certain with a `Barrier`, and their fixes.
//!
//! Each function runs the counter code from [`crate::update`] on two threads (`worker 0` and
//! `worker 1`, started by [`on_two_threads`]) and returns the final value. Each thread marks the
//! time between its read and its write as a [`timing::span`] labelled [`WINDOW`], which the
//! narrator draws.

use std::sync::Barrier;
use std::time::Duration;

use crate::support::on_two_threads;
use crate::sync::{AtomicUsize, Mutex};
use crate::update::{
    Data, fetch_add, load_then_store, update_holding_the_guard, update_locking_twice,
    update_under_a_fresh_lock,
};

/// The label of the span each worker marks between its read and its write.
pub const WINDOW: &str = "read … write";

// ANCHOR: lost_update_locking_twice
/// The seed's race: two threads each read `val`, sleep for `pause`, and write `val + 1`, locking
/// the `Mutex` once to read and again to write. Returns the final `val`: always 1, never 2.
///
/// ```
/// let val = race_conditions::lost_update_locking_twice(std::time::Duration::ZERO);
/// assert_eq!(val, 1);
/// ```
pub fn lost_update_locking_twice(pause: Duration) -> usize {
    let data = Mutex::new(Data::default());
    let both_have_read = Barrier::new(2);
    on_two_threads(|| {
        update_locking_twice(&data, || {
            timing::span(WINDOW, || {
                timing::sleep(pause); // the seed's time.sleep(1)
                both_have_read.wait(); // no luck needed: both read before either writes
            });
        });
    });
    data.into_inner().unwrap().val
}
// ANCHOR_END: lost_update_locking_twice

// ANCHOR: fixed_holding_the_guard
/// The seed's fix: the same two threads, but each holds the guard from its read to its write.
/// Returns the final `val`: always 2. The threads take turns, so it takes two `pause`s.
///
/// ```
/// assert_eq!(race_conditions::fixed_holding_the_guard(std::time::Duration::ZERO), 2);
/// ```
pub fn fixed_holding_the_guard(pause: Duration) -> usize {
    let data = Mutex::new(Data::default());
    let both_started = Barrier::new(2);
    on_two_threads(|| {
        both_started.wait(); // both try to lock at the same moment
        update_holding_the_guard(&data, || timing::span(WINDOW, || timing::sleep(pause)));
    });
    data.into_inner().unwrap().val
}
// ANCHOR_END: fixed_holding_the_guard

// ANCHOR: lost_update_load_then_store
/// The same race with an `AtomicUsize`: both threads `load` 0 before either stores. Returns 1.
///
/// ```
/// assert_eq!(race_conditions::lost_update_load_then_store(), 1);
/// ```
pub fn lost_update_load_then_store() -> usize {
    let counter = AtomicUsize::new(0);
    let both_have_read = Barrier::new(2);
    on_two_threads(|| {
        load_then_store(&counter, || {
            both_have_read.wait();
        });
    });
    counter.into_inner()
}
// ANCHOR_END: lost_update_load_then_store

// ANCHOR: fixed_fetch_add
/// Both threads `fetch_add(1)` at the same moment. Returns 2: there is no read to split off.
///
/// ```
/// assert_eq!(race_conditions::fixed_fetch_add(), 2);
/// ```
pub fn fixed_fetch_add() -> usize {
    let counter = AtomicUsize::new(0);
    let both_ready = Barrier::new(2);
    on_two_threads(|| {
        both_ready.wait();
        fetch_add(&counter);
    });
    counter.into_inner()
}
// ANCHOR_END: fixed_fetch_add

// ANCHOR: lost_update_fresh_lock
/// Seed 004's bug: each thread locks a `Mutex` it has just made, reads, sleeps for `pause`, and
/// writes. Returns the final count: always 1.
///
/// ```
/// let count = race_conditions::lost_update_fresh_lock(std::time::Duration::ZERO);
/// assert_eq!(count, 1);
/// ```
pub fn lost_update_fresh_lock(pause: Duration) -> usize {
    let counter = AtomicUsize::new(0);
    let both_have_read = Barrier::new(2);
    on_two_threads(|| {
        update_under_a_fresh_lock(&counter, || {
            timing::span(WINDOW, || {
                timing::sleep(pause); // seed 004's time.sleep(0.1)
                both_have_read.wait(); // both are "holding the lock" here: else a deadlock
            });
        });
    });
    counter.into_inner()
}
// ANCHOR_END: lost_update_fresh_lock
