//! Another route: wait with a timeout, so the lock is let go of now and then, and wait again when
//! it runs out; only `Disconnected` ends the worker.

// ANSWER: worker
loop {
    let job = queue
        .lock()
        .unwrap()
        .recv_timeout(std::time::Duration::from_millis(100));
    match job {
        Ok(job) => job(),
        Err(RecvTimeoutError::Timeout) => continue, // idle: still the pool's
        Err(RecvTimeoutError::Disconnected) => break,
    }
}
// ANSWER_END: worker
