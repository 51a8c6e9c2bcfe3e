//! `count_on_threads` runs under `grader::within`, so a deadlock fails its test instead of
//! hanging it. The Gil's switch interval is zero: it changes hands at every chance, and the
//! given `count_on_threads` holds it until every thread has asked for it, so every unlucky
//! moment happens on every run.

use std::time::Duration;

use ex10_lock_under_the_gil::count_on_threads;
use gil::Gil;
use grader::within;

/// How long a test waits for the threads (beyond the second `count_on_threads` may wait for
/// them to start).
const LIMIT: Duration = Duration::from_secs(2);

/// What a deadlock here looks like, and its fix.
const STUCK: &str = "one thread holds the lock and waits for the Gil; another holds the Gil \
                         and waits for the lock, so neither can go on. Never wait for the lock \
                         while holding the Gil: wait inside `held.allow_threads(...)`, as \
                         CPython's `lock.acquire()` releases the GIL while it waits";

/// `threads` × `times` increments under a Gil with a switch interval of zero.
fn count(threads: usize, times: u64) -> u64 {
    let limit = LIMIT + Duration::from_secs(1);
    within(limit, STUCK, move || {
        count_on_threads(&Gil::new(Duration::ZERO), threads, times)
    })
}

fn assert_none_lost(got: u64, threads: usize, times: u64) {
    let want = threads as u64 * times;
    assert_eq!(
        got, want,
        "{threads} threads × {times} increments left the counter at {got}, not {want}: updates \
         were lost. The Gil changed hands between an increment's load and its store, and the \
         other thread's increment was overwritten. Hold `lock` across each whole `increment` \
         (a guard that is not kept in a variable is dropped at once: `let _locked = ...`)"
    );
}

#[test]
fn one_thread_counts_every_increment() {
    assert_none_lost(count(1, 100), 1, 100);
}

#[test]
fn two_threads_lose_no_update() {
    assert_none_lost(count(2, 500), 2, 500);
}

#[test]
fn four_threads_lose_no_update() {
    assert_none_lost(count(4, 200), 4, 200);
}
