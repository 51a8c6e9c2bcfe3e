//! Runs the lesson's binary the way a learner does, with the demo sleeps scaled down, and its
//! hidden hanging scenario the way the lesson does.

use std::process::Command;
use std::time::Duration;

use timing::testing::{
    assert_prints, assert_rejects_bad_time_scale, assert_usage_error, run_lesson,
};
use timing::{process_exists, run_with_timeout};

const LESSON: &str = env!("CARGO_BIN_EXE_producer-consumer");

#[test]
fn the_lesson_runs_and_prints_every_section() {
    let run = run_lesson(LESSON, &[], "0.01");
    assert!(run.success(), "{run:?}");
    assert_prints(
        &run,
        &[
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
        ],
    );
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
    // Not `run_lesson`: this run is meant to hang, and is killed after 300 ms.
    let run = run_with_timeout(
        Command::new(LESSON).args(["--scenario", "seed-hang"]),
        Duration::from_millis(300),
    )
    .unwrap();
    assert!(run.timed_out(), "{run:?}");
    assert!(run.stdout.contains("get() without a timeout"), "{run:?}");
    assert!(!run.stdout.contains("ended after all"), "{run:?}");
    assert_ne!(
        process_exists(run.pid),
        Some(true),
        "the killed child was reaped"
    );
}

#[test]
fn an_unknown_flag_is_a_usage_error() {
    assert_usage_error(LESSON, &["--no-such-flag"], "--no-such-flag");
}

#[test]
fn an_out_of_range_value_names_its_flag() {
    assert_usage_error(LESSON, &["--maxsize", "0"], "--maxsize");
}

#[test]
fn the_scenario_flag_is_hidden_from_help() {
    let run = run_lesson(LESSON, &["--help"], "1");
    assert!(run.success());
    assert!(run.stdout.contains("--maxsize"), "{}", run.stdout);
    assert!(!run.stdout.contains("--scenario"), "{}", run.stdout);
}

#[test]
fn a_bad_time_scale_is_one_clear_line() {
    assert_rejects_bad_time_scale(LESSON);
}
