//! It lets go of the lock before the job runs, but ignores `Err`: the worker never stops, and
//! dropping the pool never returns.
//! caught: bound

// ANSWER: worker
loop {
    let job = queue.lock().unwrap().recv();
    if let Ok(job) = job {
        job();
    }
}
// ANSWER_END: worker
