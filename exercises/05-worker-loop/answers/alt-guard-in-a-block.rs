//! Another route: the guard in a block of its own, which ends before the job runs.

// ANSWER: worker
loop {
    let job = {
        let queue = queue.lock().unwrap();
        queue.recv()
    }; // the guard is dropped here
    let Ok(job) = job else { break };
    job();
}
// ANSWER_END: worker
