//! A `let` statement, but it keeps the guard in a variable, which lives to the end of the loop
//! body.
//! caught: assertion

// ANSWER: docs-worker
/// Still holds the queue's lock while the job runs: `queue` is the guard.
// ANSWER_END: docs-worker

// ANSWER: worker
loop {
    let queue = queue.lock().unwrap();
    match queue.recv() {
        Ok(job) => job(),
        Err(_) => break,
    }
}
// ANSWER_END: worker
