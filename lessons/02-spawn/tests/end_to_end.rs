//! Runs the lesson's binary the way a learner does, with the demo sleeps scaled down.

use std::path::Path;
use std::time::Duration;

use lesson_test::EndToEnd;

const LESSON: &str = env!("CARGO_BIN_EXE_spawn");

#[test]
fn the_lesson_runs_and_prints_every_section() {
    let run = EndToEnd::new(LESSON)
        .prints(&[
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
        ])
        .usage_error(&["--rounds", "0"], "--rounds")
        .check();
    // five from `car`, five from each Car/Truck race
    let lines = |word| run.stdout.lines().filter(|l| *l == word).count();
    assert_eq!((lines("car"), lines("truck")), (15, 10));
}

#[test]
fn recursing_deep_on_a_small_stack_aborts_the_process() {
    let exe = Path::new(LESSON);
    let run = timing::scenario::run(exe, "small-stack", &[], Duration::from_secs(20)).unwrap();
    assert!(!run.timed_out() && !run.success(), "{run:?}");
    assert!(
        run.stderr.contains("thread 'small-stack' (")
            && run.stderr.contains("has overflowed its stack"),
        "{}",
        run.stderr
    );
    assert!(!run.stdout.contains("unreachable"), "{}", run.stdout);
}
