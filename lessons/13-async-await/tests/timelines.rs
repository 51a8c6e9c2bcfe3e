//! Claims read from a recorded timeline. Recording is process-wide, so each test here runs in a
//! process of its own (`lesson_test::in_own_process`), where no other test adds spans to its
//! recording.

use std::collections::BTreeSet;
use std::time::Duration;

use async_await::blocking::{async_nap, blocking_nap, nap_on_blocking_pool, nappers};
use async_await::support::{self, Way, crowd};

const NAP: Duration = Duration::from_millis(25);

#[test]
fn a_blocking_sleep_serialises_the_tasks_of_a_current_thread_runtime() {
    lesson_test::in_own_process(|| {
        let runtime = support::one_thread();
        let (took, timeline) = timing::record(|| nappers(&runtime, 4, 2, NAP, blocking_nap));
        assert_eq!(timeline.spans().len(), 8);
        assert_eq!(timeline.max_overlap(), 1, "{}", timeline.render());
        assert!(took >= NAP * 8, "eight naps, one after another: {took:?}");
    });
}

#[test]
fn an_async_sleep_lets_every_task_nap_at_once_on_one_thread() {
    lesson_test::in_own_process(|| {
        let runtime = support::one_thread();
        let (took, timeline) = timing::record(|| nappers(&runtime, 4, 2, NAP, async_nap));
        assert_eq!(timeline.max_overlap(), 4, "{}", timeline.render());
        let threads: BTreeSet<String> = timeline.spans().into_iter().map(|s| s.thread).collect();
        assert_eq!(threads.len(), 1, "all on the thread that called block_on");
        assert!(took < NAP * 6, "{took:?}");
    });
}

#[test]
fn spawn_blocking_moves_the_blocking_sleep_to_the_blocking_pool() {
    lesson_test::in_own_process(|| {
        let runtime = support::one_thread();
        let (took, timeline) =
            timing::record(|| nappers(&runtime, 4, 2, NAP, nap_on_blocking_pool));
        assert_eq!(timeline.max_overlap(), 4, "{}", timeline.render());
        assert!(
            timeline
                .spans()
                .iter()
                .all(|s| s.thread.starts_with("blocking-"))
        );
        assert!(took < NAP * 6, "{took:?}");
    });
}

#[test]
fn on_two_workers_a_blocking_sleep_runs_at_most_two_naps_at_once() {
    lesson_test::in_own_process(|| {
        let runtime = support::workers(2);
        let ((), timeline) = timing::record(|| {
            nappers(&runtime, 4, 2, NAP, blocking_nap);
        });
        assert!(timeline.max_overlap() <= 2, "{}", timeline.render());
        assert!(
            timeline
                .spans()
                .iter()
                .all(|s| s.thread.starts_with("worker-"))
        );
    });
}

#[test]
fn the_async_downloads_run_on_one_thread_and_the_pool_on_its_workers() {
    lesson_test::in_own_process(|| {
        // `crowd` records a timeline itself: one per test, so they run one at a time.
        let latency = Duration::from_millis(25);
        let by_tasks = crowd(Way::Async(4), 16, 4096, latency).unwrap();
        assert_eq!(
            (by_tasks.succeeded, by_tasks.threads),
            (16, 1),
            "{by_tasks:?}"
        );
        assert_eq!(by_tasks.peak_open, 4, "{by_tasks:?}");
        let by_pool = crowd(Way::Pool(4), 16, 4096, latency).unwrap();
        assert_eq!((by_pool.succeeded, by_pool.threads), (16, 4), "{by_pool:?}");
        assert_eq!(by_pool.peak_open, 4, "{by_pool:?}");
        // Same bound, same latency: about the same time (16 / 4 rounds of the latency each), and
        // both faster than one download after another (16 latencies).
        for took in [by_tasks.took, by_pool.took] {
            assert!(took >= latency * 4 && took < latency * 16, "{took:?}");
        }
    });
}
