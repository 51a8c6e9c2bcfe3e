//! Runs the lesson's binary the way a learner does, with the demo sleeps scaled down.

use std::process::Command;
use std::time::Duration;

use timing::run_with_timeout;

fn lesson() -> Command {
    Command::new(env!("CARGO_BIN_EXE_main-thread"))
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
        "name: Some(\"main\")",
        "SecondThread in car function",
        "ThirdThread in truck function",
        "join() returned Err with the message: \"SecondThread ran out of fuel\"",
        "available_parallelism",
    ] {
        assert!(
            run.stdout.contains(expected),
            "missing {expected:?} in:\n{}",
            run.stdout
        );
    }
    assert!(
        run.stderr.contains("thread 'SecondThread' panicked"),
        "{}",
        run.stderr
    );
    assert_eq!(
        run.stderr.lines().count(),
        1,
        "one line per deliberate panic: {}",
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
fn a_bad_time_scale_is_one_clear_line() {
    let run = run_with_timeout(
        lesson().env("LESSON_TIME_SCALE", "abc"),
        Duration::from_secs(20),
    )
    .unwrap();
    assert!(!run.success());
    assert_eq!(run.stderr.lines().count(), 1, "{}", run.stderr);
    assert!(run.stderr.contains("LESSON_TIME_SCALE"), "{}", run.stderr);
    assert!(
        run.stdout.is_empty(),
        "nothing printed before the error: {}",
        run.stdout
    );
}
