//! Another route: an iterator of jobs; each `next` locks, receives and unlocks inside its
//! closure.

// ANSWER: worker
for job in std::iter::from_fn(|| queue.lock().unwrap().recv().ok()) {
    job();
}
// ANSWER_END: worker
