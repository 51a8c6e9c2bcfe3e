//! It only reads a `String` payload, so a literal `panic!("boom")`, whose payload is a
//! `&'static str`, loses its message.
//! caught: assertion

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
