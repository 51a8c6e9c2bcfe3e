//! Runs the lesson's binary the way a learner does, with the demo sleeps scaled down.

use timing::testing::{
    assert_prints, assert_rejects_bad_time_scale, assert_usage_error, run_lesson,
};

const LESSON: &str = env!("CARGO_BIN_EXE_spawn");

#[test]
fn the_lesson_runs_and_prints_every_section() {
    let run = run_lesson(LESSON, &[], "0.01");
    assert!(run.success(), "{run:?}");
    assert_prints(
        &run,
        &[
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
        ],
    );
    // five from `car`, five from each Car/Truck race
    let lines = |word| run.stdout.lines().filter(|l| *l == word).count();
    assert_eq!((lines("car"), lines("truck")), (15, 10));
    assert!(run.stderr.is_empty(), "{}", run.stderr);
}

#[test]
fn recursing_deep_on_a_small_stack_aborts_the_process() {
    let run = run_lesson(LESSON, &["--scenario", "small-stack"], "1");
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
    assert_usage_error(LESSON, &["--no-such-flag"], "--no-such-flag");
}

#[test]
fn an_out_of_range_value_is_a_usage_error_naming_the_flag() {
    assert_usage_error(LESSON, &["--rounds", "0"], "--rounds");
}

#[test]
fn a_bad_time_scale_is_one_clear_line() {
    assert_rejects_bad_time_scale(LESSON);
}
