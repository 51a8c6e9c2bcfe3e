//! Runs the lesson's binary the way a learner does, with the demo sleeps scaled down.

use std::process::Command;
use std::time::Duration;

use timing::run_with_timeout;

fn lesson() -> Command {
    Command::new(env!("CARGO_BIN_EXE_join"))
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
        "── The trap: a timer without join ──",
        "(the timer, read without join)",
        "Done sleeping for 1.25 s...",
        "after joining them all it says",
        "one by one ",
        "5 threads, joined",
        "thread_4",
        "join(|| 6 * 7) = Ok(42)",
        "join(a sleeper that panics) = Err(\"sleeper 3 fell out of bed\")",
        "join each handle, in start order:",
        "receive from a channel, as they complete:",
        "join_timeout(2.50 ms): false",
        "then join_timeout(25.0 ms): true",
        "std::thread::scope, sleepers of 3, 1, 2 s finished in the order",
        "scope panics too: \"a scoped thread panicked\"",
        "it returns Err with the panics: [\"sleeper 3 fell out of bed\"]",
    ] {
        assert!(
            run.stdout.contains(expected),
            "missing {expected:?} in:\n{}",
            run.stdout
        );
    }
    // Every "About to sleep" of the trap is matched by a "Done sleeping": join waited for all.
    assert_eq!(run.stdout.matches("About to sleep").count(), 5);
    assert_eq!(run.stdout.matches("Done sleeping").count(), 5);
    // println! holds stdout's lock for the whole line: lines from different threads never glue
    // together the way seed 002's Python prints did.
    let said =
        |line: &str| line.matches("About to sleep").count() + line.matches("Done sleeping").count();
    for line in run.stdout.lines().filter(|l| said(l) > 0) {
        assert_eq!(said(line), 1, "glued lines: {line:?}");
        assert!(line.ends_with("..."), "glued lines: {line:?}");
    }
    // One line per deliberate panic: the joined one, the scoped one and its scope, crossbeam's.
    assert_eq!(run.stderr.lines().count(), 4, "{}", run.stderr);
    assert_eq!(
        run.stderr.matches("sleeper 3 fell out of bed").count(),
        3,
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("thread 'main' panicked"),
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
fn an_out_of_range_value_is_a_usage_error_naming_the_flag() {
    for flag in ["--sleepers", "--unit-ms"] {
        let run = run_with_timeout(lesson().args([flag, "0"]), Duration::from_secs(20)).unwrap();
        assert_eq!(run.status.unwrap().code(), Some(2));
        assert!(run.stderr.contains(flag), "{}", run.stderr);
    }
}
