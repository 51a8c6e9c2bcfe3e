//! It unwraps `join`, so the thread's panic becomes the caller's: Python's thread that nobody
//! asks about, made worse.
//! caught: assertion

// ANSWER: run-named
let handle = thread::Builder::new()
    .name(name.to_string())
    .spawn(job)
    .map_err(|error| format!("{name}: could not start: {error}"))?;
Ok(handle.join().unwrap())
// ANSWER_END: run-named
