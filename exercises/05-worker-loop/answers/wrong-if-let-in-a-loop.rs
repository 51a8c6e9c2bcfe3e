//! `if let` in a `loop`. Edition 2024 drops an `if let` condition's temporaries before the `else`
//! block, but not before the `then` block: the guard still lives while `job()` runs.
//! caught: forced

// ANSWER: worker
loop {
    if let Ok(job) = queue.lock().unwrap().recv() {
        job();
    } else {
        break;
    }
}
// ANSWER_END: worker
