//! Runs the lesson's binary the way a learner does, with the demo sleeps and the CPU budget
//! scaled down.

use std::process::Command;
use std::time::Duration;

use timing::run_with_timeout;

fn lesson() -> Command {
    Command::new(env!("CARGO_BIN_EXE_gil"))
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
fn zero_threads_is_a_usage_error_that_names_the_flag() {
    let run = run_with_timeout(lesson().args(["--threads", "0"]), Duration::from_secs(20)).unwrap();
    assert_eq!(run.status.unwrap().code(), Some(2));
    assert!(run.stderr.contains("--threads"), "{}", run.stderr);
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
}
