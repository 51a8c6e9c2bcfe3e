//! Exercise 01-who-panicked: find out which thread panicked, and with what message.
//! `cargo run -p practice -- check 01-who-panicked` checks it.

use std::thread;

/// Runs `job` on a thread named `name` and waits for it: `Ok(value)` if it returned,
/// `Err("<name>: <message>")` if it panicked.
pub fn run_named<T: Send + 'static>(
    name: &str,
    job: impl FnOnce() -> T + Send + 'static,
) -> Result<T, String> {
    // ANSWER: run-named
    let handle = thread::Builder::new()
        .name(name.to_string())
        .spawn(job)
        .map_err(|error| format!("{name}: could not start: {error}"))?;
    handle.join().map_err(|payload| {
        let message = if let Some(text) = payload.downcast_ref::<&str>() {
            text.to_string()
        } else if let Some(text) = payload.downcast_ref::<String>() {
            text.clone()
        } else {
            "a panic that carried no message".to_string()
        };
        format!("{name}: {message}")
    })
    // ANSWER_END: run-named
}
