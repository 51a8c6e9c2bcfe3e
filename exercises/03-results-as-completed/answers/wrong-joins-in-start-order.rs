//! It joins the handles in start order, so a job that finishes early waits for every job started
//! before it.
//! caught: forced

// ANSWER: as-completed
let handles: Vec<_> = jobs.into_iter().map(thread::spawn).collect();
for (index, handle) in handles.into_iter().enumerate() {
    on_result(index, handle.join().expect("the job does not panic"));
}
// ANSWER_END: as-completed

// ANSWER: imports
use std::thread;
// ANSWER_END: imports
