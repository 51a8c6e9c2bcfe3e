//! Runs the lesson's binary the way a learner does, with the demo sleeps scaled down.
#![cfg(not(loom))]

use lesson_test::EndToEnd;

/// The `final` and `lost` columns of the N×M table's row that starts with `name`.
fn row(stdout: &str, name: &str) -> (usize, usize) {
    let line = stdout
        .lines()
        .find(|line| line.starts_with(name))
        .unwrap_or_else(|| panic!("no row {name:?} in:\n{stdout}"));
    let numbers: Vec<usize> = line[name.len()..]
        .split_whitespace()
        .take(2)
        .map(|n| n.parse().unwrap())
        .collect();
    (numbers[0], numbers[1])
}

#[test]
fn the_lesson_shows_lost_updates_and_their_fixes() {
    let run = EndToEnd::new(env!("CARGO_BIN_EXE_race-conditions"))
        .args(&["--threads", "3", "--increments", "20000"])
        .prints(&[
            "── Data races do not compile ──",
            "error[E0499]",
            "error[E0277]",
            "error[E0133]",
            "── Seed 003: a lost update ──",
            "two updates, data.val = 1 after",
            "two updates, data.val = 2 after",
            "two updates, counter = 1\n",
            "two updates, counter = 2\n",
            "── Seed 004: a new lock on every call ──",
            "two updates, counter = 1: both threads were inside",
            "── 3 threads × 20000 increments, no Barrier ──",
            "expected 60000.",
            "--cfg loom",
        ])
        .usage_error(&["--threads", "1"], "--threads")
        .check();
    let out = &run.stdout;
    for fixed in ["Mutex guard held across both", "AtomicUsize fetch_add"] {
        assert_eq!(row(out, fixed), (60_000, 0), "{fixed}");
    }
    for racy in [
        "Mutex locked to read, again to write",
        "AtomicUsize load, then store",
        "a fresh Mutex per call (seed 004)",
    ] {
        let (count, lost) = row(out, racy);
        assert_eq!(count + lost, 60_000, "{racy}");
    }
}

#[test]
fn one_thread_is_too_few_for_a_race_and_clap_says_so_before_anything_prints() {
    let run = lesson_test::run_lesson(
        env!("CARGO_BIN_EXE_race-conditions"),
        &["--threads", "1"],
        "1",
    );
    assert_eq!(run.status.and_then(|s| s.code()), Some(2), "{run:?}");
    assert!(run.stdout.is_empty(), "{}", run.stdout);
}
