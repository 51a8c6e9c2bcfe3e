//! Runs the lesson's binary the way a learner does, with the demo sleeps scaled down.

// ANCHOR: end_to_end
#[test]
fn the_lesson_runs_as_a_learner_sees_it() {
    lesson_test::EndToEnd::new(env!("CARGO_BIN_EXE_main-thread"))
        .prints(&[
            "name: Some(\"main\")",
            "py│ threading.current_thread().name = \"primary\"",
            "rs│ let me = thread::current();",
            "SecondThread in car function",
            "ThirdThread in truck function",
            "join() returned Err with the message: \"SecondThread ran out of fuel\"",
            "available_parallelism",
        ])
        .panics(&["thread 'SecondThread' panicked"])
        .usage_error(&["--rounds", "0"], "--rounds")
        .check();
}
// ANCHOR_END: end_to_end
