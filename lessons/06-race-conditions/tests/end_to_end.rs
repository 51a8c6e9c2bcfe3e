//! Runs the lesson's binary the way a learner does, with the demo sleeps scaled down.
#![cfg(not(loom))]

use timing::testing::{
    assert_prints, assert_rejects_bad_time_scale, assert_usage_error, run_lesson,
};

const LESSON: &str = env!("CARGO_BIN_EXE_race-conditions");

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
    let run = run_lesson(LESSON, &["--threads", "3", "--increments", "20000"], "0.01");
    assert!(run.success(), "{run:?}");
    assert_prints(
        &run,
        &[
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
        ],
    );
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
    assert!(run.stderr.is_empty(), "{}", run.stderr);
}

#[test]
fn an_unknown_flag_is_a_usage_error() {
    assert_usage_error(LESSON, &["--no-such-flag"], "--no-such-flag");
}

#[test]
fn one_thread_is_too_few_for_a_race() {
    let run = assert_usage_error(LESSON, &["--threads", "1"], "--threads");
    // clap refuses it before the lesson prints anything
    assert!(run.stdout.is_empty(), "{}", run.stdout);
}

#[test]
fn a_bad_time_scale_is_one_clear_line() {
    assert_rejects_bad_time_scale(LESSON);
}
