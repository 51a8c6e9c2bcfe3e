//! What the learner starts from.

// ANSWER: docs-worker
/// What every worker thread runs: takes the next job from the shared queue and runs it, until
/// the pool is dropped (then `recv` returns `Err` and the worker returns).
///
/// It runs every job, but one at a time, however many workers the pool has: fix it.
// ANSWER_END: docs-worker

// ANSWER: worker
while let Ok(job) = queue.lock().unwrap().recv() {
    job();
}
// ANSWER_END: worker
