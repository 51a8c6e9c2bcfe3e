//! A typical wrong answer to 03-join-timeout (the graders must reject it): it sleeps the whole
//! timeout, then looks, so the caller waits the full timeout even when the thread finished long
//! before.

use std::thread::{self, JoinHandle};
use std::time::Duration;

/// Python's `thread.join(timeout)` then `thread.is_alive()`: waits at most `timeout` for the
/// thread. `Ok(value)` as soon as it finishes, if it does in time; `Err(handle)` if it is still
/// running once `timeout` has passed, so that the caller can wait again later.
///
/// # Panics
/// If the thread panicked.
pub fn join_timeout<T>(handle: JoinHandle<T>, timeout: Duration) -> Result<T, JoinHandle<T>> {
    thread::sleep(timeout);
    if handle.is_finished() {
        Ok(handle.join().expect("the thread panicked"))
    } else {
        Err(handle)
    }
}
