//! Runs the lesson's binary the way a learner does, with the demo sleeps scaled down.

#[test]
fn the_lesson_runs_and_prints_every_section() {
    lesson_test::EndToEnd::new(env!("CARGO_BIN_EXE_sync-primitives"))
        .prints(&[
            "value after threads are executed: val=2",
            "the lock was poisoned; balances Err([50, 0]): 50 of the 100 vanished",
            "is_poisoned() = false",
            "second try_lock on the same thread: WouldBlock",
            "pushed [3, 2, 1]",
            "another thread's try_lock meanwhile got it: false",
            "while another thread held the lock: got it = false",
            "a more patient try_lock_for: got it = true",
            "`if` returned with the flag set = false after 1 look",
            "`wait_while` returned with the flag set = true",
            "one set() woke 3 waiters at once",
            "rounds and stopped",
            "10 workers, 3 connections: at most 3 connected at once",
            "connected worker-",
            "3 permits",
            "leaders per round: [1, 1, 1]",
            "the initialiser ran 1 time(s)",
            "all 4 got the very same value: true",
            "LazyLock: read from 4 threads; the initialiser ran 1 time(s)",
            "4 readers inside at once; the writer overlapped a reader: false",
            "lesson 06",
        ])
        .panics(&["thread 'transfer' panicked"])
        .usage_error(&["--permits", "0"], "--permits")
        .check();
}
