//! A scoped thread, joined inside the scope (so the scope does not panic in turn), its payload
//! taken out of the box by value.

// ANSWER: run-named
thread::scope(|s| {
    let handle = thread::Builder::new()
        .name(name.to_string())
        .spawn_scoped(s, job)
        .map_err(|error| format!("{name}: could not start: {error}"))?;
    handle.join().map_err(|payload| {
        let message = payload
            .downcast::<String>()
            .map(|text| *text)
            .or_else(|payload| payload.downcast::<&str>().map(|text| text.to_string()))
            .unwrap_or_else(|_| String::from("no message"));
        format!("{name}: {message}")
    })
})
// ANSWER_END: run-named
