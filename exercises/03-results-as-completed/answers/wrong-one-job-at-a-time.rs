//! It starts a job, waits for its result, then starts the next: the jobs never run at the same
//! time, and a job that could finish first waits its turn.
//! caught: forced

// ANSWER: as-completed
for (index, job) in jobs.into_iter().enumerate() {
    let (sender, receiver) = mpsc::channel();
    thread::spawn(move || sender.send(job()));
    on_result(index, receiver.recv().expect("the job does not panic"));
}
// ANSWER_END: as-completed

// ANSWER: imports
use std::sync::mpsc;
use std::thread;
// ANSWER_END: imports
