//! It locks once, outside the loop, so the first worker keeps the queue to itself.
//! caught: forced

// ANSWER: worker
let queue = queue.lock().unwrap();
while let Ok(job) = queue.recv() {
    job();
}
// ANSWER_END: worker
