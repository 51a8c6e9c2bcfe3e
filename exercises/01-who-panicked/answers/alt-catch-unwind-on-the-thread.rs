//! The named thread catches its own panic with `catch_unwind` and returns a `Result`: `join`
//! then always succeeds.

// ANSWER: run-named
let thread_name = name.to_string();
let handle = thread::Builder::new()
    .name(name.to_string())
    .spawn(move || {
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(job)).map_err(|payload| {
            match payload.downcast::<String>() {
                Ok(text) => format!("{thread_name}: {text}"),
                Err(payload) => match payload.downcast::<&str>() {
                    Ok(text) => format!("{thread_name}: {text}"),
                    Err(_) => format!("{thread_name}: (not text)"),
                },
            }
        })
    })
    .map_err(|error| format!("{name}: could not start: {error}"))?;
handle.join().expect("the panic was caught on the thread")
// ANSWER_END: run-named
