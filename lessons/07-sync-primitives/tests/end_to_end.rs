//! Runs the lesson's binary the way a learner does, with the demo sleeps scaled down.

use std::process::Command;
use std::time::Duration;

use timing::run_with_timeout;

fn lesson() -> Command {
    Command::new(env!("CARGO_BIN_EXE_sync-primitives"))
}

#[test]
fn the_lesson_runs_and_prints_every_section() {
    let run = run_with_timeout(
        lesson().env("LESSON_TIME_SCALE", "0.01"),
        Duration::from_secs(20),
    )
    .unwrap();
    assert!(run.success(), "{run:?}");
    for expected in [
        "value after threads are executed: val=2",
        "lock() after the panic: Err(PoisonError); recovered balances [50, 0]",
        "is_poisoned() = false",
        "second try_lock on the same thread: WouldBlock",
        "pushed [3, 2, 1]; another thread's try_lock meanwhile got it: false",
        "gave up = true",
        "a patient try got it = true",
        "4 readers inside at once; the writer overlapped a reader: false",
        "`if` returned with ready = false after 1 check",
        "`wait_while` returned with ready = true",
        "one set() woke 3 waiters at once",
        "rounds and stopped",
        "10 workers, 3 connections: at most",
        "connected worker-",
        "3 permits",
        "leaders per round: [1, 1, 1]",
        "the initialiser ran 1 time(s); all got the same value: true",
        "LazyLock: read from 4 threads; the initialiser ran 1 time(s)",
        "Lesson 06",
    ] {
        assert!(
            run.stdout.contains(expected),
            "missing {expected:?} in:\n{}",
            run.stdout
        );
    }
    assert_eq!(
        run.stderr.lines().count(),
        1,
        "one line for the one deliberate panic: {}",
        run.stderr
    );
    assert!(
        run.stderr.contains("thread 'transfer' panicked"),
        "{}",
        run.stderr
    );
}

#[test]
fn an_unknown_flag_is_a_usage_error() {
    let run = run_with_timeout(lesson().arg("--no-such-flag"), Duration::from_secs(20)).unwrap();
    assert_eq!(run.status.unwrap().code(), Some(2));
    assert!(run.stderr.contains("--no-such-flag"), "{}", run.stderr);
}

#[test]
fn zero_permits_is_a_usage_error_not_a_hang() {
    let run = run_with_timeout(lesson().args(["--permits", "0"]), Duration::from_secs(20)).unwrap();
    assert_eq!(run.status.unwrap().code(), Some(2));
    assert!(run.stderr.contains("--permits"), "{}", run.stderr);
}

#[test]
fn a_bad_time_scale_is_one_clear_line() {
    let run = run_with_timeout(
        lesson().env("LESSON_TIME_SCALE", "abc"),
        Duration::from_secs(20),
    )
    .unwrap();
    assert!(!run.success());
    assert_eq!(run.stderr.lines().count(), 1, "{}", run.stderr);
    assert!(run.stderr.contains("LESSON_TIME_SCALE"), "{}", run.stderr);
    assert!(run.stdout.is_empty(), "{}", run.stdout);
}
