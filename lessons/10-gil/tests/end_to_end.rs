//! Runs the lesson's binary the way a learner does, with the demo sleeps and the CPU budget
//! scaled down.

#[test]
fn the_lesson_runs_and_prints_every_section() {
    lesson_test::EndToEnd::new(env!("CARGO_BIN_EXE_gil"))
        .prints(&[
            "Rc::strong_count: 1 alone, 2 after `let b = Rc::clone(&a)`, 1 after `drop(b)`",
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
        ])
        .usage_error(&["--threads", "0"], "--threads")
        .check();
}
