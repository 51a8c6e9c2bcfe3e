mod common;

use std::time::Duration;

use common::within;
use ex10_lock_under_the_gil::count_on_threads;
use gil::Gil;

/// `threads` × `times` increments under a Gil with a switch interval of zero: it changes hands
/// at every `switch_if_due` when another thread waits, so every unlucky moment happens.
fn count(threads: usize, times: u64) -> u64 {
    within(move || count_on_threads(&Gil::new(Duration::ZERO), threads, times))
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
