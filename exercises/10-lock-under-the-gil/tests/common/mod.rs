//! What the tests share: a time limit, so that code that deadlocks fails instead of hanging.

use std::sync::mpsc;
use std::thread;
use std::time::Duration;

/// How long the tests wait for your code before they call it stuck.
pub const LIMIT: Duration = Duration::from_secs(5);

/// What a deadlock here looks like, and its fix.
pub const STUCK: &str = "One thread holds the lock and waits for the Gil; another holds the \
                         Gil and waits for the lock, so neither can go on. Never wait for the \
                         lock while holding the Gil: wait inside `held.allow_threads(...)`, as \
                         CPython's `lock.acquire()` releases the GIL while it waits.";

/// Runs `f` on a thread of its own, named `main` (it plays the interpreter's main thread), and
/// returns its value, or fails the test if it panicked or has not finished within [`LIMIT`].
/// A stuck thread is left behind: nothing can free it, and the test process ends it when it
/// exits.
pub fn within<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    let (done, result) = mpsc::channel();
    thread::Builder::new()
        .name("main".to_string())
        .spawn(move || {
            let _ = done.send(f());
        })
        .expect("the OS could not start a thread");
    match result.recv_timeout(LIMIT) {
        Ok(value) => value,
        Err(mpsc::RecvTimeoutError::Disconnected) => panic!("your code panicked (see above)"),
        Err(mpsc::RecvTimeoutError::Timeout) => {
            panic!("your code looks stuck: still running after {LIMIT:?}. {STUCK}")
        }
    }
}
