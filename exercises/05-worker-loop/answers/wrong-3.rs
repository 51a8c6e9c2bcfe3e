//! It releases the lock before the job runs, but ignores `Err`, so the worker never stops and
//! dropping the pool never returns.
//! caught: assertion

// ANSWER: docs-worker
/// Runs jobs in parallel, but spins forever once the queue is closed.
// ANSWER_END: docs-worker

// ANSWER: worker
loop {
    let job = queue.lock().unwrap().recv();
    if let Ok(job) = job {
        job();
    }
}
// ANSWER_END: worker
