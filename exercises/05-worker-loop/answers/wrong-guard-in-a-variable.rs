//! A `let` statement, but it keeps the guard in a variable, which lives to the end of the loop
//! body: the lock is held while the job runs.
//! caught: forced

// ANSWER: worker
loop {
    let queue = queue.lock().unwrap();
    match queue.recv() {
        Ok(job) => job(),
        Err(_) => break,
    }
}
// ANSWER_END: worker
