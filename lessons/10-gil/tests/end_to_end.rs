//! Runs the lesson's binary the way a learner does, with the demo sleeps and the CPU budget
//! scaled down.

use timing::testing::{
    assert_prints, assert_rejects_bad_time_scale, assert_usage_error, run_lesson,
};

const LESSON: &str = env!("CARGO_BIN_EXE_gil");

#[test]
fn the_lesson_runs_and_prints_every_section() {
    let run = run_lesson(LESSON, &[], "0.01");
    assert!(run.success(), "{run:?}");
    assert_prints(
        &run,
        &[
            "Rc::strong_count: 1 alone, 2 after `let b = Rc::clone(&lst)`, 1 after `drop(b)`",
            "getrefcount(Rc::clone(&lst)) = 2",
            "error[E0277]: `Rc<Vec<i32>>` cannot be sent between threads safely",
            "Arc::strong_count with 3 threads holding a clone: 4; after they finished: 1",
            "under the Gil: ",
            "at most 1 at once",
            "Thread-1 |",
            "Thread-2 |",
            "threads under the Gil",
            "threads, no Gil (Rust)",
            "10 threads under the Gil",
            "One after another, 10 sleeps",
            ": deadlock",
            "Rust never needed a GIL",
        ],
    );
    assert!(run.stderr.is_empty(), "{}", run.stderr);
}

#[test]
fn an_unknown_flag_is_a_usage_error() {
    assert_usage_error(LESSON, &["--no-such-flag"], "--no-such-flag");
}

#[test]
fn zero_threads_is_a_usage_error_that_names_the_flag() {
    assert_usage_error(LESSON, &["--threads", "0"], "--threads");
}

#[test]
fn a_bad_time_scale_is_one_clear_line() {
    assert_rejects_bad_time_scale(LESSON);
}
