//! Runs the lesson's binary the way a learner does, with the demo sleeps scaled down.

use std::process::Command;
use std::time::Duration;

use timing::run_with_timeout;

fn lesson() -> Command {
    Command::new(env!("CARGO_BIN_EXE_io-bound"))
}

#[test]
fn the_lesson_runs_and_prints_every_section() {
    let run = run_with_timeout(
        lesson().env("LESSON_TIME_SCALE", "0.02"),
        Duration::from_secs(20),
    )
    .unwrap();
    assert!(run.success(), "{run:?}");
    for expected in [
        "Seed 003's real-life example",
        "Completed in  0.02 second(s)",
        "that is what the seed timed",
        "sequential (",
        "thread per URL (",
        "pools::ThreadPool(8) (",
        "rayon, 8 threads (",
        "speed-up",
        "Timeline: sequential",
        "pool-worker-",
        "✓ 0.png",
        "✗ missing.png  HTTP status 404",
        "✗ stall.png    timed out",
        "✗ refused.png  connection refused",
        " of 8 verified",
        "server shut down and its thread joined",
        "pools::ThreadPool(8)     100 URLs: 100 ok",
        "thread per URL           100 URLs: 100 ok",
        "exists = false",
    ] {
        assert!(
            run.stdout.contains(expected),
            "missing {expected:?} in:\n{}",
            run.stdout
        );
    }
    assert!(run.stderr.is_empty(), "{}", run.stderr);
    // With the latency scaled down to 2 ms, fewer requests may overlap, but never more than 8.
    let pool_line = run
        .stdout
        .lines()
        .find(|l| l.starts_with("pools::ThreadPool(8)     100 URLs"))
        .unwrap();
    let peak: usize = pool_line
        .split("at most")
        .nth(1)
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no peak in {pool_line:?}"));
    assert!((1..=8).contains(&peak), "{pool_line}");
}

#[test]
fn an_unknown_flag_is_a_usage_error() {
    let run = run_with_timeout(lesson().arg("--no-such-flag"), Duration::from_secs(20)).unwrap();
    assert_eq!(run.status.unwrap().code(), Some(2));
    assert!(run.stderr.contains("--no-such-flag"), "{}", run.stderr);
}

#[test]
fn zero_workers_is_a_usage_error_naming_the_flag() {
    let run = run_with_timeout(lesson().args(["--workers", "0"]), Duration::from_secs(20)).unwrap();
    assert_eq!(run.status.unwrap().code(), Some(2));
    assert!(run.stderr.contains("--workers"), "{}", run.stderr);
}
