//! Runs the lesson's binary the way a learner does, with the demo sleeps scaled down.

use timing::testing::{
    assert_deliberate_panics, assert_prints, assert_rejects_bad_time_scale, assert_usage_error,
    run_lesson,
};

const LESSON: &str = env!("CARGO_BIN_EXE_main-thread");

#[test]
fn the_lesson_runs_and_prints_every_section() {
    let run = run_lesson(LESSON, &[], "0.01");
    assert!(run.success(), "{run:?}");
    assert_prints(
        &run,
        &[
            "name: Some(\"main\")",
            "SecondThread in car function",
            "ThirdThread in truck function",
            "join() returned Err with the message: \"SecondThread ran out of fuel\"",
            "available_parallelism",
        ],
    );
    assert_deliberate_panics(&run, 1, &["thread 'SecondThread' panicked"]);
}

#[test]
fn an_unknown_flag_is_a_usage_error() {
    assert_usage_error(LESSON, &["--no-such-flag"], "--no-such-flag");
}

#[test]
fn a_bad_time_scale_is_one_clear_line() {
    assert_rejects_bad_time_scale(LESSON);
}
