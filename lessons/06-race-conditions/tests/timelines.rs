//! Claims read from a recorded timeline. Recording is process-wide, so each test here runs in a
//! process of its own (`lesson_test::in_own_process`), where no other test adds spans to its
//! recording.
#![cfg(not(loom))]

use std::time::Duration;

use race_conditions::{
    WINDOW, fixed_holding_the_guard, lost_update_fresh_lock, lost_update_locking_twice,
};
use timing::timed;

/// How often each race is repeated: "both at once, every time" is checked many times.
const RUNS: usize = 10;

#[test]
fn seed_003_both_threads_are_between_read_and_write_at_once() {
    lesson_test::in_own_process(|| {
        for _ in 0..RUNS {
            let (val, timeline) = timing::record(|| lost_update_locking_twice(Duration::ZERO));
            assert_eq!(val, 1);
            assert_eq!(timeline.max_overlap(), 2);
            let spans = timeline.spans();
            assert_eq!(spans.len(), 2);
            assert!(spans.iter().all(|s| s.label == WINDOW), "{spans:?}");
            let mut threads: Vec<_> = spans.iter().map(|s| s.thread.as_str()).collect();
            threads.sort();
            assert_eq!(threads, ["worker 0", "worker 1"]);
        }
    });
}

#[test]
fn holding_the_guard_the_threads_take_turns() {
    lesson_test::in_own_process(|| {
        for _ in 0..RUNS {
            let (val, timeline) = timing::record(|| fixed_holding_the_guard(Duration::ZERO));
            assert_eq!(val, 2);
            assert_eq!(timeline.max_overlap(), 1);
        }
    });
}

#[test]
fn holding_the_guard_with_the_seeds_sleep_takes_two_sleeps() {
    lesson_test::in_own_process(|| {
        let pause = Duration::from_millis(40);
        let ((val, took), timeline) = timing::record(|| timed(|| fixed_holding_the_guard(pause)));
        assert_eq!(val, 2);
        assert!(took >= 2 * pause, "took {took:?}");
        let spans = timeline.spans();
        assert!(spans[0].end <= spans[1].start, "{spans:?}");
    });
}

#[test]
fn seed_004_both_threads_are_inside_their_locked_sections_at_once() {
    lesson_test::in_own_process(|| {
        for _ in 0..RUNS {
            let (count, timeline) = timing::record(|| lost_update_fresh_lock(Duration::ZERO));
            assert_eq!(count, 1);
            assert_eq!(timeline.max_overlap(), 2);
        }
    });
}
