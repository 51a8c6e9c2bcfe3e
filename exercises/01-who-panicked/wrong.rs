//! A typical wrong answer to 01-who-panicked (the graders must reject it): it only reads a
//! `String` payload, so a literal `panic!("boom")` loses its message.

use std::thread;

/// Runs `job` on a thread named `name` and waits for it.
pub fn run_named<T: Send + 'static>(
    name: &str,
    job: impl FnOnce() -> T + Send + 'static,
) -> Result<T, String> {
    let handle = thread::Builder::new()
        .name(name.to_string())
        .spawn(job)
        .map_err(|error| format!("{name}: could not start: {error}"))?;
    handle.join().map_err(|payload| {
        let message = payload
            .downcast_ref::<String>()
            .cloned()
            .unwrap_or_default();
        format!("{name}: {message}")
    })
}
