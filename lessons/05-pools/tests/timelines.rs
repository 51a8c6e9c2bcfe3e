//! Claims read from a recorded timeline. Recording is process-wide, so each test here runs in a
//! process of its own (`lesson_test::in_own_process`), where no other test adds spans to its
//! recording.

use std::collections::BTreeSet;
use std::time::Duration;

use pools::classic_bug::WorkerLoop;
use pools::support::hand_built_timeline;
use pools::*;

const UNIT: Duration = Duration::from_millis(20); // the longest sleeper: 5 × 20 ms = 100 ms
const SECONDS: [u64; 5] = [5, 4, 3, 2, 1];

fn done_lines(seconds: impl IntoIterator<Item = u64>) -> Vec<String> {
    seconds.into_iter().map(|s| format!("Done {s}")).collect()
}

#[test]
fn the_seeds_sleepers_take_about_the_longest_sleep_and_all_complete() {
    lesson_test::in_own_process(|| {
        let pool = ThreadPool::new(5).unwrap();
        let (lines, timeline) = timing::record(|| sleepers_as_completed(&pool, &SECONDS, UNIT));
        let seen: BTreeSet<_> = lines.iter().cloned().collect();
        assert_eq!(seen, done_lines(1..=5).into_iter().collect());
        // Sequential would be 15 units (300 ms); concurrent is about 5 (100 ms).
        assert!(
            timeline.elapsed() < UNIT * 15 * 4 / 5,
            "took {:?}",
            timeline.elapsed()
        );
        // The timeline shows which worker ran what: pool workers only, one span per task.
        let spans = timeline.spans();
        assert_eq!(spans.len(), 5);
        assert!(spans.iter().all(|s| s.thread.starts_with("pool-worker-")));
    });
}

#[test]
fn map_prints_in_submit_order_and_runs_concurrently() {
    lesson_test::in_own_process(|| {
        let pool = ThreadPool::new(5).unwrap();
        let (lines, timeline) = timing::record(|| sleepers_map(&pool, &SECONDS, UNIT));
        assert_eq!(lines, done_lines(SECONDS));
        assert!(
            timeline.elapsed() < UNIT * 15 * 4 / 5,
            "took {:?}",
            timeline.elapsed()
        );
        assert_eq!(timeline.spans().len(), 5);
    });
}

#[test]
fn with_fewer_workers_than_tasks_the_rest_queue() {
    lesson_test::in_own_process(|| {
        let each = Duration::from_millis(15);
        let (done, timeline) = timing::record(|| queued_tasks(2, 6, each));
        done.unwrap();
        assert!((1..=2).contains(&timeline.max_overlap()));
        // Six tasks, two at a time: at least three rounds.
        assert!(
            timeline.elapsed() >= each * 3,
            "took {:?}",
            timeline.elapsed()
        );
        let spans = timeline.spans();
        assert_eq!(spans.len(), 6);
        let threads: BTreeSet<_> = spans.iter().map(|s| s.thread.as_str()).collect();
        assert!(threads.is_subset(&BTreeSet::from(["pool-worker-0", "pool-worker-1"])));
    });
}

#[test]
fn the_buggy_hand_built_pools_never_overlap_two_tasks() {
    lesson_test::in_own_process(|| {
        for worker_loop in [WorkerLoop::HoldsLock, WorkerLoop::IfLetHoldsLock] {
            let each = Duration::from_millis(10);
            let (done, timeline) = timing::record(|| hand_built_timeline(worker_loop, 3, each));
            done.unwrap();
            assert_eq!(timeline.spans().len(), 3);
            assert_eq!(timeline.max_overlap(), 1, "{worker_loop:?}");
        }
    });
}
