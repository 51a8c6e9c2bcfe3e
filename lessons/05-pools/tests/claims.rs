//! Every claim the lesson's demonstrations make, asserted.

use std::collections::BTreeSet;
use std::sync::Arc;
use std::time::Duration;

use pools::classic_bug::WorkerLoop;
use pools::production::{named_rayon_pool, par_sqrt_sums, race, scope_lengths};
use pools::*;
use timing::{Timeline, timed};

const UNIT: Duration = Duration::from_millis(20); // the longest sleeper: 5 × 20 ms = 100 ms
const SECONDS: [u64; 5] = [5, 4, 3, 2, 1];

fn done_lines(seconds: impl IntoIterator<Item = u64>) -> Vec<String> {
    seconds.into_iter().map(|s| format!("Done {s}")).collect()
}

#[test]
fn the_seeds_sleepers_take_about_the_longest_sleep_and_all_complete() {
    let pool = ThreadPool::new(5).unwrap();
    let timeline = Arc::new(Timeline::new());
    let (lines, took) = timed(|| sleepers_as_completed(&pool, &SECONDS, UNIT, &timeline));
    let seen: BTreeSet<_> = lines.iter().cloned().collect();
    assert_eq!(seen, done_lines(1..=5).into_iter().collect());
    // Sequential would be 15 units (300 ms); concurrent is about 5 (100 ms).
    let sum = UNIT * 15;
    assert!(took < sum * 4 / 5, "took {took:?}");
    // The timeline shows which worker ran what: pool workers only, one span per task.
    let spans = timeline.spans();
    assert_eq!(spans.len(), 5);
    assert!(spans.iter().all(|s| s.thread.starts_with("pool-worker-")));
}

#[test]
fn map_prints_in_submit_order_and_runs_concurrently() {
    let pool = ThreadPool::new(5).unwrap();
    let timeline = Arc::new(Timeline::new());
    let (lines, took) = timed(|| sleepers_map(&pool, &SECONDS, UNIT, &timeline));
    assert_eq!(lines, done_lines(SECONDS));
    assert!(took < UNIT * 15 * 4 / 5, "took {took:?}");
}

#[test]
fn with_fewer_workers_than_tasks_the_rest_queue() {
    let timeline = Arc::new(Timeline::new());
    let each = Duration::from_millis(15);
    let (peak, took) = timed(|| queued_tasks(2, 6, each, &timeline));
    let peak = peak.unwrap();
    assert!((1..=2).contains(&peak), "peak {peak}");
    assert!(timeline.max_overlap() <= 2);
    // Six tasks, two at a time: at least three rounds.
    assert!(took >= each * 3, "took {took:?}");
    let spans = timeline.spans();
    assert_eq!(spans.len(), 6);
    let threads: BTreeSet<_> = spans.iter().map(|s| s.thread.as_str()).collect();
    assert!(threads.is_subset(&BTreeSet::from(["pool-worker-0", "pool-worker-1"])));
}

#[test]
fn panics_among_good_tasks_keep_both_kinds_of_message() {
    let pool = ThreadPool::new(1).unwrap();
    assert_eq!(
        panics_among_good(&pool),
        [
            Ok("ran on pool-worker-0".to_string()),
            Err(TaskError::Panicked("a literal message".into())),
            Err(TaskError::Panicked("expected 42, got 41".into())),
            Ok("ran on pool-worker-0".to_string()),
        ]
    );
}

#[test]
fn the_buggy_hand_built_pool_never_overlaps_two_tasks() {
    let timeline = Arc::new(Timeline::new());
    hand_built_timeline(
        WorkerLoop::HoldsLock,
        3,
        Duration::from_millis(10),
        &timeline,
    )
    .unwrap();
    assert_eq!(timeline.spans().len(), 3);
    assert_eq!(timeline.max_overlap(), 1);
}

#[test]
fn rayon_threads_carry_the_builders_names_and_collect_keeps_order() {
    let rayon = named_rayon_pool(2).unwrap();
    let sizes = [1_000, 2_000, 3_000, 4_000, 5_000, 6_000];
    let results = par_sqrt_sums(&rayon, &sizes);
    let sums: Vec<f64> = results.iter().map(|(sum, _)| *sum).collect();
    let expected: Vec<f64> = sizes.iter().map(|&n| timing::sqrt_loop(n)).collect();
    assert_eq!(sums, expected);
    assert!(
        results
            .iter()
            .all(|(_, thread)| thread == "rayon-worker-0" || thread == "rayon-worker-1")
    );
}

#[test]
fn rayon_scope_tasks_borrow_locals() {
    let rayon = named_rayon_pool(2).unwrap();
    assert_eq!(
        scope_lengths(&rayon, &["thread", "pool", "executor"]),
        [6, 4, 8]
    );
}

#[test]
fn all_four_ways_compute_the_same_results() {
    let pool = ThreadPool::new(2).unwrap();
    let rayon = named_rayon_pool(2).unwrap();
    let outcome = race(200, |i| timing::sqrt_loop(100 + i as u64), &pool, &rayon);
    let expected: Vec<f64> = (0..200).map(|i| timing::sqrt_loop(100 + i)).collect();
    assert_eq!(outcome.results.len(), 4);
    assert!(outcome.results.iter().all(|r| *r == expected));
    let table = outcome.table.to_string();
    for row in [
        "a thread per task",
        "teaching pool, 2 workers",
        "rayon::scope, 2 threads",
        "rayon par_iter, 2 threads",
    ] {
        assert!(table.contains(row), "{table}");
    }
}

#[test]
fn blocking_tasks_starve_a_pool_sized_for_the_cpus() {
    let pool = ThreadPool::new(8).unwrap();
    let rayon = named_rayon_pool(2).unwrap();
    let each = Duration::from_millis(25);
    let outcome = race(16, move |_| std::thread::sleep(each), &pool, &rayon);
    let [per_thread, pooled, scoped, parallel] = outcome.times[..] else {
        panic!("four times")
    };
    // Two rayon threads sleep 16 × 25 ms in at least 8 rounds.
    assert!(
        parallel >= each * 8 && scoped >= each * 8,
        "{}",
        outcome.table
    );
    // A thread per task sleeps once; eight workers twice.
    assert!(per_thread < parallel / 2, "{}", outcome.table);
    assert!(pooled < parallel / 2, "{}", outcome.table);
}
