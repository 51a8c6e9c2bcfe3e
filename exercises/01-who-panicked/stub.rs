//! Exercise 01-who-panicked: find out which thread panicked, and with what message.
//! `cargo run -p practice -- check 01-who-panicked` checks it.

use std::thread;

/// Runs `job` on a thread named `name` and waits for it: `Ok(value)` if it returned,
/// `Err("<name>: <message>")` if it panicked.
pub fn run_named<T: Send + 'static>(
    name: &str,
    job: impl FnOnce() -> T + Send + 'static,
) -> Result<T, String> {
    let _ = (name, job, thread::current());
    todo!("start a named thread, join it, and turn a panic payload into a message")
}
