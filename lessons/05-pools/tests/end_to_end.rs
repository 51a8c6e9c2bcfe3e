//! Runs the lesson's binary the way a learner does, with the demo sleeps scaled down.

use lesson_test::EndToEnd;

#[test]
fn the_lesson_runs_and_prints_every_section() {
    let run = EndToEnd::new(env!("CARGO_BIN_EXE_pools"))
        .args(&["--tiny-tasks", "300"])
        .prints(&[
            "builds a ProcessPoolExecutor",
            "default_workers() = min(32, cpus + 4)",
            "Done 1   (task #4)",
            "5 results in",
            "at most 3 ran at once",
            "error[E0373]",
            "task 1: Err(Panicked(\"a literal message\"))",
            "task 3: Ok(\"ran on pool-worker-0\")",
            "running task: cancel() = false, result Ok(\"finished\")",
            "queued task:  cancel() = true, result Err(Cancelled)",
            "the queued ones [Err(Cancelled), Err(Cancelled), Err(Cancelled)]",
            "error[E0382]",
            "computed on rayon-worker-",
            "word lengths [6, 4, 8]",
            "a thread per task",
            "teaching pool,",
            "rayon par_iter,",
            "`while let` (holds the lock)",
            "`while let` pool: peak 1, 0 of 3 tasks met",
            "`if let` in a `loop` pool: peak 1, 0 of 3 tasks met",
            "teaching pool: peak 3, 9 of 9 tasks met",
        ])
        .panics(&[
            "thread 'pool-worker-0' panicked",
            "thread 'pool-worker-0' panicked",
        ])
        .usage_error(&["--max-workers", "0"], "--max-workers")
        .check();
    // The map section prints in submit order.
    let (_, after) = run.stdout.split_once("── executor.map").unwrap();
    let (map_section, _) = after.split_once("── max_workers").unwrap();
    let done: Vec<_> = map_section
        .lines()
        .filter(|l| l.starts_with("Done "))
        .collect();
    assert_eq!(done, ["Done 5", "Done 4", "Done 3", "Done 2", "Done 1"]);
}
