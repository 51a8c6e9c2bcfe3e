//! It catches the panic with `catch_unwind` on the caller's own thread, starting none: the job
//! does not run on a thread called `name`.
//! caught: assertion

// ANSWER: run-named
let _ = thread::current();
std::panic::catch_unwind(std::panic::AssertUnwindSafe(job)).map_err(|payload| {
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
