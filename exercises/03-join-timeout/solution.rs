//! Reference solution of 03-join-timeout.

use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

/// Python's `thread.join(timeout)` then `thread.is_alive()`: waits at most `timeout` for the
/// thread. `Ok(value)` as soon as it finishes, if it does in time; `Err(handle)` if it is still
/// running once `timeout` has passed, so that the caller can wait again later.
///
/// # Panics
/// If the thread panicked.
pub fn join_timeout<T>(handle: JoinHandle<T>, timeout: Duration) -> Result<T, JoinHandle<T>> {
    let deadline = Instant::now() + timeout;
    while !handle.is_finished() {
        if Instant::now() >= deadline {
            return Err(handle); // still running: not stopped, only handed back
        }
        thread::sleep(Duration::from_millis(1));
    }
    Ok(handle.join().expect("the thread panicked")) // it has finished: returns at once
}
