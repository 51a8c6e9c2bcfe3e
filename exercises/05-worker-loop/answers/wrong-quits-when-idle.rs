//! A worker that waits with a timeout and returns when it runs out, taking the timeout for the
//! end of the pool: once the pool has been idle that long, later jobs are never run.
//! caught: forced

// ANSWER: worker
loop {
    let job = queue
        .lock()
        .unwrap()
        .recv_timeout(std::time::Duration::from_secs(1));
    match job {
        Ok(job) => job(),
        Err(_) => break, // a timeout is not the end of the pool
    }
}
// ANSWER_END: worker
