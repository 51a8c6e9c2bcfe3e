//! Runs the lesson's binary the way a learner does, with small numbers.
#![cfg(not(loom))]

#[test]
fn the_lesson_runs_as_a_learner_sees_it() {
    let run = lesson_test::EndToEnd::new(env!("CARGO_BIN_EXE_atomics"))
        .args(&["--updates", "2000", "--increments", "100000"])
        .prints(&[
            "── Python has no atomics ──",
            "py│     with lock:",
            "rs│     next.fetch_add(1, Relaxed)",
            "both threads loading first: tickets 0 and 0",
            "fetch_add                0 tickets handed out twice",
            "val = 2, after 1 retry",
            "        1       2000         0              0.0",
            "rs│         self.ready.store(true, Release);",
            "Release/Acquire  2000 hand-overs on",
            ": 0 stale reads",
            "SeqCst store, SeqCst load",
            "rs│             .compare_exchange_weak(false, true, Acquire, Relaxed)",
            "M locks/s",
            "SameLine (b is   8 bytes after a)",
            "--test loom",
        ])
        .usage_error(&["--threads", "1"], "--threads")
        .check();
    // The store-buffer table: whatever the machine's load, SeqCst never lets both threads miss.
    for version in [
        "SeqCst store, SeqCst load",
        "Relaxed, SeqCst fence, Relaxed",
    ] {
        let row = run
            .stdout
            .lines()
            .find(|line| line.trim_start().starts_with(version));
        let row = row.unwrap_or_else(|| panic!("no row {version:?} in:\n{}", run.stdout));
        assert!(row.ends_with("both saw nothing       0 times"), "{row}");
    }
}
