//! It reads both kinds of text, then unwraps: a payload that is neither (`panic_any(42)`) panics
//! again, in the caller.
//! caught: assertion

// ANSWER: run-named
let started = thread::Builder::new().name(name.into()).spawn(job);
match started.expect("the OS could not start a thread").join() {
    Ok(value) => Ok(value),
    Err(payload) => {
        let text = payload.downcast_ref::<&str>().map(|text| text.to_string());
        let text = text.or_else(|| payload.downcast_ref::<String>().cloned());
        Err(format!("{name}: {}", text.unwrap()))
    }
}
// ANSWER_END: run-named
