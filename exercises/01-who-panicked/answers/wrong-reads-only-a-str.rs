//! It only reads a `&'static str` payload, so a formatted `panic!("out of {fuel}")`, whose payload
//! is a `String`, loses its message.
//! caught: assertion

// ANSWER: run-named
let handle = thread::Builder::new()
    .name(name.to_string())
    .spawn(job)
    .map_err(|error| format!("{name}: could not start: {error}"))?;
handle.join().map_err(|payload| {
    let message = payload.downcast_ref::<&str>().copied().unwrap_or_default();
    format!("{name}: {message}")
})
// ANSWER_END: run-named
