//! Runs the lesson's binary the way a learner does, with the demo sleeps scaled down.
#![cfg(not(loom))]

use std::process::Command;
use std::time::Duration;

use timing::run_with_timeout;

fn lesson() -> Command {
    Command::new(env!("CARGO_BIN_EXE_race-conditions"))
}

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
    let run = run_with_timeout(
        lesson()
            .env("LESSON_TIME_SCALE", "0.01")
            .args(["--threads", "3", "--increments", "20000"]),
        Duration::from_secs(20),
    )
    .unwrap();
    assert!(run.success(), "{run:?}");
    let out = &run.stdout;
    for expected in [
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
    ] {
        assert!(out.contains(expected), "missing {expected:?} in:\n{out}");
    }
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
    let run = run_with_timeout(lesson().arg("--no-such-flag"), Duration::from_secs(20)).unwrap();
    assert_eq!(run.status.unwrap().code(), Some(2));
    assert!(run.stderr.contains("--no-such-flag"), "{}", run.stderr);
}

#[test]
fn one_thread_is_too_few_for_a_race() {
    let run = run_with_timeout(lesson().args(["--threads", "1"]), Duration::from_secs(20)).unwrap();
    assert_eq!(run.status.unwrap().code(), Some(2));
    assert!(run.stderr.contains("--threads"), "{}", run.stderr);
    assert!(run.stdout.is_empty(), "{}", run.stdout);
}
