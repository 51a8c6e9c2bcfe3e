//! A worker that polls with `try_recv` and returns when the queue is empty: empty for now is not
//! closed for good.
//! caught: forced

// ANSWER: worker
loop {
    let job = queue.lock().unwrap().try_recv();
    match job {
        Ok(job) => job(),
        Err(_) => break, // `Empty` is not `Disconnected`
    }
}
// ANSWER_END: worker
