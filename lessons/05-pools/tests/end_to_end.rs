//! Runs the lesson's binary the way a learner does, with the demo sleeps scaled down.

use timing::testing::{
    assert_deliberate_panics, assert_prints, assert_rejects_bad_time_scale, assert_usage_error,
    run_lesson,
};

const LESSON: &str = env!("CARGO_BIN_EXE_pools");

#[test]
fn the_lesson_runs_and_prints_every_section() {
    let run = run_lesson(LESSON, &["--tiny-tasks", "300"], "0.01");
    assert!(run.success(), "{run:?}");
    assert_prints(
        &run,
        &[
            "builds a ProcessPoolExecutor",
            "default_workers() = min(32, cpus + 4)",
            "Done 1   (task #4)",
            "5 results in",
            "at most 3 ran at once",
            "task 1: Err(Panicked(\"a literal message\"))",
            "task 3: Ok(\"ran on pool-worker-0\")",
            "cancel() on the running task: false, on the queued one: true",
            "the queued ones [Err(Cancelled), Err(Cancelled), Err(Cancelled)]",
            "`while let` (holds the lock)",
            "the buggy pool peaked at 1 (0 of 3 met), the teaching pool at 3 (9 of 9 met)",
            "error[E0382]",
            "computed on rayon-worker-",
            "word lengths [6, 4, 8]",
            "a thread per task",
            "teaching pool,",
            "rayon par_iter,",
        ],
    );
    // The map section prints in submit order.
    let (_, after) = run.stdout.split_once("── executor.map").unwrap();
    let (map_section, _) = after.split_once("── max_workers").unwrap();
    let done: Vec<_> = map_section
        .lines()
        .filter(|l| l.starts_with("Done "))
        .collect();
    assert_eq!(done, ["Done 5", "Done 4", "Done 3", "Done 2", "Done 1"]);
    // Two deliberate panics, one line each.
    assert_deliberate_panics(&run, 2, &["thread 'pool-worker-0' panicked"]);
}

#[test]
fn an_unknown_flag_is_a_usage_error() {
    assert_usage_error(LESSON, &["--no-such-flag"], "--no-such-flag");
}

#[test]
fn zero_workers_is_a_usage_error_that_names_the_flag() {
    assert_usage_error(LESSON, &["--max-workers", "0"], "--max-workers");
}

#[test]
fn a_bad_time_scale_is_one_clear_line() {
    assert_rejects_bad_time_scale(LESSON);
}
