//! Runs the lesson's binary the way a learner does, with the demo sleeps scaled down, and its
//! hidden hanging scenario the way the lesson does.

use std::process::Command;
use std::time::Duration;

use timing::run_with_timeout;

fn lesson() -> Command {
    Command::new(env!("CARGO_BIN_EXE_producer-consumer"))
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
        "as written (the producer never pauses): produced",
        "consumed [1, 2, 3], consumer stuck in get(): true",
        "child: seed 004's consumer, get() without a timeout",
        "killed and reaped; it is gone",
        "same story: produced 3, consumed [1, 2, 3], left 0: the consumer ended",
        "try_put(\"c\") = Err(\"c\")",
        "get_timeout(20 ms) = Err(TimedOut)",
        "task_done() with nothing put = Err(TaskDoneTooOften)",
        "closed: put(1) = Err(1), get() = None",
        "with 6 jobs done",
        "crossbeam bounded(10), 2 consumers",
        "ended by",
        "the queue never held more than 3",
        "put 10",
        "handle 10",
    ] {
        assert!(
            run.stdout.contains(expected),
            "missing {expected:?} in:\n{}",
            run.stdout
        );
    }
    assert_eq!(
        run.stdout
            .matches("every message exactly once: true; each producer's in order: true")
            .count(),
        3,
        "{}",
        run.stdout
    );
    assert_eq!(
        run.stdout.matches("same story").count(),
        2,
        "both fixes end: {}",
        run.stdout
    );
    assert!(run.stderr.is_empty(), "{}", run.stderr);
}

#[test]
fn the_hidden_scenario_really_hangs_and_is_killed() {
    let run = run_with_timeout(
        lesson().args(["--scenario", "seed-hang"]),
        Duration::from_millis(300),
    )
    .unwrap();
    assert!(run.timed_out(), "{run:?}");
    assert!(run.stdout.contains("get() without a timeout"), "{run:?}");
    assert!(!run.stdout.contains("ended after all"), "{run:?}");
    #[cfg(target_os = "linux")]
    assert!(
        !std::path::Path::new(&format!("/proc/{}", run.pid)).exists(),
        "the killed child was reaped"
    );
}

#[test]
fn an_unknown_flag_is_a_usage_error() {
    let run = run_with_timeout(lesson().arg("--no-such-flag"), Duration::from_secs(20)).unwrap();
    assert_eq!(run.status.unwrap().code(), Some(2));
    assert!(run.stderr.contains("--no-such-flag"), "{}", run.stderr);
}

#[test]
fn an_out_of_range_value_names_its_flag() {
    let run = run_with_timeout(lesson().args(["--maxsize", "0"]), Duration::from_secs(20)).unwrap();
    assert_eq!(run.status.unwrap().code(), Some(2));
    assert!(run.stderr.contains("--maxsize"), "{}", run.stderr);
}

#[test]
fn the_scenario_flag_is_hidden_from_help() {
    let run = run_with_timeout(lesson().arg("--help"), Duration::from_secs(20)).unwrap();
    assert!(run.success());
    assert!(run.stdout.contains("--maxsize"), "{}", run.stdout);
    assert!(!run.stdout.contains("--scenario"), "{}", run.stdout);
}
