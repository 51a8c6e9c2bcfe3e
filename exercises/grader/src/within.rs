//! A bound on the learner's code.

use std::sync::mpsc::{self, RecvTimeoutError};
use std::thread;
use std::time::Duration;

/// Runs `f` on a thread of its own and returns its value; fails the test if `f` panicked, or if
/// it has not finished within `limit`, saying `stuck` (what probably happened, in the
/// statement's words).
///
/// A stuck thread is left behind: nothing can free it, and the test's process ends it when it
/// exits (each test runs in a process of its own).
///
/// ```
/// use std::time::Duration;
/// let answer = grader::within(Duration::from_secs(1), "it never returned", || 6 * 7);
/// assert_eq!(answer, 42);
/// ```
///
/// ```should_panic
/// use std::time::Duration;
/// grader::within(Duration::from_millis(10), "it waits for a message nobody sends", || {
///     std::thread::sleep(Duration::from_secs(1))
/// });
/// ```
pub fn within<T: Send + 'static>(
    limit: Duration,
    stuck: &str,
    f: impl FnOnce() -> T + Send + 'static,
) -> T {
    let (done, result) = mpsc::channel();
    thread::Builder::new()
        .name("your-code".into())
        .spawn(move || {
            let _ = done.send(f());
        })
        .expect("a thread for the learner's code");
    match result.recv_timeout(limit) {
        Ok(value) => value,
        Err(RecvTimeoutError::Disconnected) => panic!("your code panicked (see above)"),
        Err(RecvTimeoutError::Timeout) => still_running(limit, stuck),
    }
}

/// Fails the test: the learner's code is still running after `limit`. Says what probably
/// happened, then what each thread of this process is doing now (running, or blocked and on
/// what), as the practice runner does for a test that never ends.
pub fn still_running(limit: Duration, stuck: &str) -> ! {
    let threads: Vec<String> = timing::thread_states::threads_of(std::process::id())
        .iter()
        .map(|t| format!("  {:<16} {}", t.name, t.doing()))
        .collect();
    match threads.is_empty() {
        true => panic!("your code is still running after {limit:?}: {stuck}"),
        false => panic!(
            "your code is still running after {limit:?}: {stuck}\n\nwhat the threads are doing:\n{}",
            threads.join("\n")
        ),
    }
}
