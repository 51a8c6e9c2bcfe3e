//! Exercise 03-join-timeout: Python's `thread.join(timeout)`, which Rust's `JoinHandle` lacks.
//! `cargo run -p practice -- check 03-join-timeout` checks it.

// ANSWER: imports
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};
// ANSWER_END: imports

/// Python's `thread.join(timeout)` then `thread.is_alive()`: waits at most `timeout` for the
/// thread. `Ok(value)` as soon as it finishes, if it does in time; `Err(handle)` if it is still
/// running once `timeout` has passed, so that the caller can wait again later.
///
/// # Panics
/// If the thread panicked.
pub fn join_timeout<T>(handle: JoinHandle<T>, timeout: Duration) -> Result<T, JoinHandle<T>> {
    // ANSWER: join-timeout
    let deadline = Instant::now() + timeout;
    while !handle.is_finished() {
        if Instant::now() >= deadline {
            return Err(handle); // still running: not stopped, only handed back
        }
        thread::sleep(Duration::from_millis(1));
    }
    Ok(handle.join().expect("the thread panicked")) // it has finished: returns at once
    // ANSWER_END: join-timeout
}
