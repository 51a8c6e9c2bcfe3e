//! Runs the lesson's binary the way a learner does, with the demo sleeps scaled down.

use timing::testing::{
    assert_prints, assert_rejects_bad_time_scale, assert_usage_error, run_lesson,
};

const LESSON: &str = env!("CARGO_BIN_EXE_daemon");

#[test]
fn the_lesson_runs_and_prints_every_section() {
    let run = run_lesson(LESSON, &[], "0.05");
    assert!(run.success(), "{run:?}");
    assert_prints(
        &run,
        &[
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
        ],
    );
    assert!(run.stderr.is_empty(), "{}", run.stderr);
}

#[test]
fn an_unknown_flag_is_a_usage_error() {
    assert_usage_error(LESSON, &["--no-such-flag"], "--no-such-flag");
}

#[test]
fn an_out_of_range_value_is_a_usage_error_naming_the_flag() {
    assert_usage_error(LESSON, &["--rounds", "1"], "--rounds");
}

#[test]
fn a_bad_time_scale_is_one_clear_line() {
    assert_rejects_bad_time_scale(LESSON);
}
