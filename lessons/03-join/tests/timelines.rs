//! Claims read from a recorded timeline. Recording is process-wide, so each test here runs in a
//! process of its own (`lesson_test::in_own_process`), where no other test adds spans to its
//! recording.

use std::time::Duration;

use join::*;
use timing::{max_overlap, scaled, timed};

#[test]
fn threads_take_about_the_longest_sleep_one_by_one_takes_the_sum() {
    lesson_test::in_own_process(|| {
        let sleeps = [Duration::from_millis(60); 5];
        let ((one_by_one, on_threads), timeline) = timing::record(|| {
            let (_, one_by_one) = timed(|| sleep_one_by_one(&sleeps));
            let (_, on_threads) = timed(|| sleep_on_threads(&sleeps));
            (one_by_one, on_threads)
        });
        assert!(one_by_one >= scaled(sleeps[0] * 5), "{one_by_one:?}");
        assert!(on_threads >= scaled(sleeps[0]), "{on_threads:?}");
        assert!(
            on_threads < one_by_one / 2,
            "{on_threads:?} vs {one_by_one:?}"
        );

        let (sequential, threaded): (Vec<_>, Vec<_>) = timeline
            .spans()
            .into_iter()
            .partition(|s| s.label.starts_with("one by one"));
        assert_eq!((sequential.len(), threaded.len()), (5, 5));
        assert_eq!(max_overlap(&sequential), 1, "one by one never overlaps");
        assert!(max_overlap(&threaded) >= 2, "{threaded:?}");
        assert!(threaded.iter().all(|s| s.thread.starts_with("thread_")));
    });
}
