//! It only reads a `String` payload, so a literal `panic!("boom")` loses its message.
//! caught: assertion

// ANSWER: docs-run-named
/// Runs `job` on a thread named `name` and waits for it.
// ANSWER_END: docs-run-named

// ANSWER: run-named
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
// ANSWER_END: run-named
