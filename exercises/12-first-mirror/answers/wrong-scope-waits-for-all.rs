//! It keeps the first good answer, but inside `thread::scope`, which joins every thread before it
//! returns (like Python's `with ThreadPoolExecutor()` block): it waits for the slowest mirror,
//! and for ever for one that never answers.
//! caught: bound

// ANSWER: fetch-first
thread::scope(|s| {
    let (sender, receiver) = crossbeam_channel::unbounded();
    for url in mirrors {
        let sender = sender.clone();
        s.spawn(move || sender.send(fetch(url)));
    }
    drop(sender);
    let mut failures = Vec::new();
    let first = receiver
        .iter()
        .find_map(|answer| answer.map_err(|why| failures.push(why)).ok());
    first.ok_or_else(|| format!("every mirror failed: {}", failures.join("; ")))
})
// ANSWER_END: fetch-first

// ANSWER: imports
use std::thread;
// ANSWER_END: imports
