//! It locks once, outside the loop, so the first worker keeps the queue to itself.
//! caught: assertion

// ANSWER: docs-worker
/// The first worker to lock takes every job; the others wait for the lock until the end.
// ANSWER_END: docs-worker

// ANSWER: worker
let queue = queue.lock().unwrap();
while let Ok(job) = queue.recv() {
    job();
}
// ANSWER_END: worker
