use std::time::Duration;

use ex02_sleeper_args::spawn_sleeper;
use grader::within;

/// How long `spawn_sleeper` may take: it starts a thread, nothing more.
const AT_ONCE: Duration = Duration::from_secs(2);

#[test]
fn spawn_sleeper_returns_at_once_while_its_thread_sleeps() {
    let handle = within(
        AT_ONCE,
        "spawn_sleeper(1 hour, ..) is still busy: it must start the thread and hand back its \
         handle, not run sleeper (or wait for it) itself",
        || spawn_sleeper(Duration::from_secs(3600), "thread1"),
    );
    assert!(
        !handle.is_finished(),
        "the thread should still be sleeping its hour"
    );
    // The sleeping thread ends with the test's process.
}

#[test]
fn sleeper_runs_on_a_thread_called_name_with_its_arguments() {
    let lines = within(AT_ONCE, "sleeper(10 ms) never finished", || {
        let name = String::from("thread1");
        let handle = spawn_sleeper(Duration::from_millis(10), &name);
        drop(name); // the caller's string is gone: the thread has its own copy
        handle.join().expect("sleeper does not panic")
    });
    assert_eq!(
        lines,
        [
            "I am thread1, on thread thread1. Going to sleep for 10ms",
            "thread1 has woken up from sleep"
        ],
        "sleeper should run on a new thread named after its `name` argument \
         (thread::Builder::new().name(...))"
    );
}
