//! What the learner starts from: it runs every job, but one at a time, however many workers the
//! pool has. A temporary made in a `while let` condition, the guard among them, lives until the
//! end of the loop's body: the lock is held while the job runs.

// ANSWER: worker
while let Ok(job) = queue.lock().unwrap().recv() {
    job();
}
// ANSWER_END: worker
