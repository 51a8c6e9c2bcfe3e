//! Runs the lesson's binary the way a learner does, with the demo sleeps scaled down.

use std::process::Command;
use std::time::Duration;

use timing::run_with_timeout;

fn lesson() -> Command {
    Command::new(env!("CARGO_BIN_EXE_spawn"))
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
        "── A function as the target ──",
        "I am thread1. Going to sleep for 3.00 s",
        "thread1 has woken up from sleep",
        "foo: done sleeping...",
        "5 car and 5 truck rounds in",
        "spans running at the same time: at most 2",
        "car 1   Car",
        "truck 5 Truck",
        "thread \"deep\" with an 8 MiB stack recursed 1000 levels",
        "has overflowed its stack",
        "the sum of 1..=1000, computed on a thread: 500500",
        "3 cars and 2 trucks",
    ] {
        assert!(
            run.stdout.contains(expected),
            "missing {expected:?} in:\n{}",
            run.stdout
        );
    }
    // five from `car`, five from each Car/Truck race
    let lines = |word| run.stdout.lines().filter(|l| *l == word).count();
    assert_eq!((lines("car"), lines("truck")), (15, 10));
    assert!(run.stderr.is_empty(), "{}", run.stderr);
}

#[test]
fn recursing_deep_on_a_small_stack_aborts_the_process() {
    let run = run_with_timeout(
        lesson().args(["--scenario", "small-stack"]),
        Duration::from_secs(20),
    )
    .unwrap();
    assert!(!run.timed_out());
    assert!(!run.success());
    assert!(
        run.stderr.contains("thread 'small-stack' (")
            && run.stderr.contains("has overflowed its stack"),
        "{}",
        run.stderr
    );
    assert!(!run.stdout.contains("unreachable"), "{}", run.stdout);
}

#[test]
fn an_unknown_flag_is_a_usage_error() {
    let run = run_with_timeout(lesson().arg("--no-such-flag"), Duration::from_secs(20)).unwrap();
    assert_eq!(run.status.unwrap().code(), Some(2));
    assert!(run.stderr.contains("--no-such-flag"), "{}", run.stderr);
}

#[test]
fn an_out_of_range_value_is_a_usage_error_naming_the_flag() {
    let run = run_with_timeout(lesson().args(["--rounds", "0"]), Duration::from_secs(20)).unwrap();
    assert_eq!(run.status.unwrap().code(), Some(2));
    assert!(run.stderr.contains("--rounds"), "{}", run.stderr);
}
