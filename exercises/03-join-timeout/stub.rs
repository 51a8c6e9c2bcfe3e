//! Exercise 03-join-timeout: Python's `thread.join(timeout)`, which Rust's `JoinHandle` lacks.
//! `cargo run -p practice -- check 03-join-timeout` checks it.

use std::thread::JoinHandle;
use std::time::Duration;

/// Python's `thread.join(timeout)` then `thread.is_alive()`: waits at most `timeout` for the
/// thread. `Ok(value)` as soon as it finishes, if it does in time; `Err(handle)` if it is still
/// running once `timeout` has passed, so that the caller can wait again later.
///
/// # Panics
/// If the thread panicked.
pub fn join_timeout<T>(handle: JoinHandle<T>, timeout: Duration) -> Result<T, JoinHandle<T>> {
    let _ = (handle, timeout);
    todo!("wait until the thread has finished or the timeout has passed, whichever comes first")
}
