//! Runs the lesson's binary the way a learner does, with the demo sleeps scaled down.

use timing::testing::{
    assert_deliberate_panics, assert_prints, assert_rejects_bad_time_scale, assert_usage_error,
    run_lesson,
};

const LESSON: &str = env!("CARGO_BIN_EXE_sync-primitives");

#[test]
fn the_lesson_runs_and_prints_every_section() {
    let run = run_lesson(LESSON, &[], "0.01");
    assert!(run.success(), "{run:?}");
    assert_prints(
        &run,
        &[
            "value after threads are executed: val=2",
            "lock() after the panic: Err(PoisonError); recovered balances [50, 0]",
            "is_poisoned() = false",
            "second try_lock on the same thread: WouldBlock",
            "pushed [3, 2, 1]; another thread's try_lock meanwhile got it: false",
            "gave up = true",
            "a patient try got it = true",
            "4 readers inside at once; the writer overlapped a reader: false",
            "`if` returned with ready = false after 1 check",
            "`wait_while` returned with ready = true",
            "one set() woke 3 waiters at once",
            "rounds and stopped",
            "10 workers, 3 connections: at most",
            "connected worker-",
            "3 permits",
            "leaders per round: [1, 1, 1]",
            "the initialiser ran 1 time(s); all got the same value: true",
            "LazyLock: read from 4 threads; the initialiser ran 1 time(s)",
            "Lesson 06",
        ],
    );
    assert_deliberate_panics(&run, 1, &["thread 'transfer' panicked"]);
}

#[test]
fn an_unknown_flag_is_a_usage_error() {
    assert_usage_error(LESSON, &["--no-such-flag"], "--no-such-flag");
}

#[test]
fn zero_permits_is_a_usage_error_not_a_hang() {
    assert_usage_error(LESSON, &["--permits", "0"], "--permits");
}

#[test]
fn a_bad_time_scale_is_one_clear_line() {
    assert_rejects_bad_time_scale(LESSON);
}
