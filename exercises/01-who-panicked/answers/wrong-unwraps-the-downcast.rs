//! It reads both kinds of text, then unwraps: a payload that is neither (`panic_any(42)`) panics
//! again, in the caller.
//! caught: assertion

// ANSWER: run-named
let handle = thread::Builder::new()
    .name(name.to_string())
    .spawn(job)
    .map_err(|error| format!("{name}: could not start: {error}"))?;
handle.join().map_err(|payload| {
    let message = payload
        .downcast_ref::<&str>()
        .map(|text| text.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap();
    format!("{name}: {message}")
})
// ANSWER_END: run-named
