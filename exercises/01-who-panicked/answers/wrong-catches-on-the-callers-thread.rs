//! It catches the panic with `catch_unwind` on the caller's own thread, starting none: the job
//! does not run on a thread called `name`.
//! caught: assertion

// ANSWER: run-named
let _ = thread::current();
match std::panic::catch_unwind(std::panic::AssertUnwindSafe(job)) {
    Ok(value) => Ok(value),
    Err(payload) => Err(match payload.downcast::<String>() {
        Ok(text) => format!("{name}: {text}"),
        Err(other) => format!("{name}: {}", other.downcast::<&str>().map_or("?", |t| *t)),
    }),
}
// ANSWER_END: run-named
