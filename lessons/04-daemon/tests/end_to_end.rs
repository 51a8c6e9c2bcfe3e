//! Runs the lesson's binary the way a learner does, with the demo sleeps scaled down.

use std::process::Command;
use std::time::Duration;

use timing::run_with_timeout;

fn lesson() -> Command {
    Command::new(env!("CARGO_BIN_EXE_daemon"))
}

#[test]
fn the_lesson_runs_and_prints_every_section() {
    let run = run_with_timeout(
        lesson().env("LESSON_TIME_SCALE", "0.05"),
        Duration::from_secs(20),
    )
    .unwrap();
    assert!(run.success(), "{run:?}");
    for expected in [
        "── A thread nobody joins dies with main (daemon=True) ──",
        "  child│ main: returning without join",
        // (how many rounds a cut-short thread printed is asserted, with wider margins, in claims.rs)
        "of 5 rounds;\nits cleanup never ran; main's cleanup ran",
        "── Keep the handle and join it (daemon=False) ──",
        "  child│ background: finished",
        "the background thread printed 5 of 5 rounds;\nits cleanup ran; main's cleanup ran",
        "  child│ main: calling process::exit(0)",
        "its cleanup never ran; main's cleanup never ran",
        "the line main wrote to a BufWriter was lost",
        "worker: handled item 5",
        "items handled: [1, 2, 3, 4, 5]",
        "shutdown gave up after",
        "slow-worker: handled item 1",
        "joined: it handled 1 item",
    ] {
        assert!(
            run.stdout.contains(expected),
            "missing {expected:?} in:\n{}",
            run.stdout
        );
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
fn an_out_of_range_value_is_a_usage_error_naming_the_flag() {
    let run = run_with_timeout(lesson().args(["--rounds", "1"]), Duration::from_secs(20)).unwrap();
    assert_eq!(run.status.unwrap().code(), Some(2));
    assert!(run.stderr.contains("--rounds"), "{}", run.stderr);
}
