//! It formats the payload itself with `{:?}`, which prints `Any { .. }`, not the message.
//! caught: assertion

// ANSWER: run-named
let handle = thread::Builder::new()
    .name(name.to_string())
    .spawn(job)
    .map_err(|error| format!("{name}: could not start: {error}"))?;
handle
    .join()
    .map_err(|payload| format!("{name}: {payload:?}"))
// ANSWER_END: run-named
