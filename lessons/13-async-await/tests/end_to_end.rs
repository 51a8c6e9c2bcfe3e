//! Runs the lesson's binary the way a learner does, with the demo sleeps scaled down.

#[test]
fn the_lesson_runs_as_a_learner_sees_it() {
    // 1,000 sleepers, not the default 10,000, and 16 images, not 40: the same sections, a second
    // less (the claims test 10,000 tasks, and the downloads' bound, on their own).
    lesson_test::EndToEnd::new(env!("CARGO_BIN_EXE_async-await"))
        .args(&["--sleepers", "1000", "--images", "16"])
        .prints(&[
            "the future exists, and has not started\nI am lazy.",
            "rs│ pub async fn sleeper(name: &'static str, pause: Duration) -> &'static str {",
            "py│ async def sleeper(name, n):",
            "gather       → [",
            "wait_for, limit < job   → Err(Elapsed(())), events [\"started\", \"cleanup ran\"]",
            "wait_for, limit > job   → Ok(42), events [\"started\", \"finished\", \"cleanup ran\"]",
            "abort, is_cancelled()   → true, events [\"started\", \"cleanup ran\"]",
            "detach (handle dropped) → 42, events [\"started\", \"finished\", \"cleanup ran\"]",
            "received [1, 2, 3, 4, 5, 6]",
            "1000 threads: ",
            "1000 tasks  : ",
            "std::thread::sleep, one thread: ",
            "at most 1 naps at once",
            " blocking-", // a thread of the blocking pool (which one varies)
            "✗ missing.png  HTTP status 404",
            "✗ refused.png  connection refused",
            "✗ stall.png    timed out",
            "16 verified, on 1 thread(s), at most",
            "pools::ThreadPool(8)",
            "spawned, it runs: Ok(2)",
            "4 tasks, tokio::sync::Mutex held across the sleep: total 4 in",
        ])
        .usage_error(&["--sleepers", "0"], "--sleepers")
        .check();
}
