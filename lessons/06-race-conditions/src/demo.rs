//! The seeds' two-thread races, made deterministic with a `Barrier`, and their fixes.
//!
//! Each function runs the counter code from [`crate::update`] on two threads named `worker 0`
//! and `worker 1`, and returns the final value. Where a `timeline` is passed, each thread records
//! the time between its read and its write as a span labelled `read … write`.

use std::sync::Barrier;
use std::thread;
use std::time::Duration;

use timing::Timeline;

use crate::sync::{AtomicUsize, Mutex};
use crate::update::{
    Data, fetch_add, load_then_store, update_holding_the_guard, update_locking_twice,
    update_under_a_fresh_lock,
};

/// The label of the span each worker records between its read and its write.
pub const WINDOW: &str = "read … write";

/// Runs `work` on two scoped threads named `worker 0` and `worker 1`, and waits for both.
fn on_two_threads(work: impl Fn() + Sync) {
    thread::scope(|s| {
        for n in 0..2 {
            thread::Builder::new()
                .name(format!("worker {n}"))
                .spawn_scoped(s, &work)
                .expect("the OS could not start a thread");
        }
    });
}

// ANCHOR: lost_update_locking_twice
/// The seed's race: two threads each read `val`, sleep for `pause`, and write `val + 1`, locking
/// the `Mutex` once to read and again to write. Returns the final `val`: always 1, never 2.
///
/// The seed hopes its `sleep` keeps both threads between their read and their write at the same
/// time; the `Barrier` makes sure: neither writes until both have read.
///
/// ```
/// let timeline = timing::Timeline::new();
/// let val = race_conditions::lost_update_locking_twice(std::time::Duration::ZERO, &timeline);
/// assert_eq!(val, 1);
/// assert_eq!(timeline.max_overlap(), 2); // both were between read and write at once
/// ```
pub fn lost_update_locking_twice(pause: Duration, timeline: &Timeline) -> usize {
    let data = Mutex::new(Data::default());
    let both_have_read = Barrier::new(2);
    on_two_threads(|| {
        update_locking_twice(&data, || {
            timeline.record(WINDOW, || {
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
/// let timeline = timing::Timeline::new();
/// let val = race_conditions::fixed_holding_the_guard(std::time::Duration::ZERO, &timeline);
/// assert_eq!(val, 2);
/// assert_eq!(timeline.max_overlap(), 1); // one at a time
/// ```
pub fn fixed_holding_the_guard(pause: Duration, timeline: &Timeline) -> usize {
    let data = Mutex::new(Data::default());
    let both_started = Barrier::new(2);
    on_two_threads(|| {
        both_started.wait(); // both try to lock at the same moment
        update_holding_the_guard(&data, || {
            timeline.record(WINDOW, || timing::sleep(pause));
        });
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
/// Both threads are inside their "locked" section at once: the `Barrier` there needs both to
/// arrive, so if the locks excluded anything, this would deadlock instead of returning.
///
/// ```
/// let timeline = timing::Timeline::new();
/// let count = race_conditions::lost_update_fresh_lock(std::time::Duration::ZERO, &timeline);
/// assert_eq!(count, 1);
/// assert_eq!(timeline.max_overlap(), 2);
/// ```
pub fn lost_update_fresh_lock(pause: Duration, timeline: &Timeline) -> usize {
    let counter = AtomicUsize::new(0);
    let both_have_read = Barrier::new(2);
    on_two_threads(|| {
        update_under_a_fresh_lock(&counter, || {
            timeline.record(WINDOW, || {
                timing::sleep(pause); // seed 004's time.sleep(0.1)
                both_have_read.wait(); // both are "holding the lock" here
            });
        });
    });
    counter.into_inner()
}
// ANCHOR_END: lost_update_fresh_lock
