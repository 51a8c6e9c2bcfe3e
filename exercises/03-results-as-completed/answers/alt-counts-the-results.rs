//! It keeps the original `Sender` but receives exactly one result per job, so it needs no
//! closed channel to stop.

// ANSWER: as-completed
let (sender, receiver) = mpsc::channel();
let count = jobs.len();
for (index, job) in jobs.into_iter().enumerate() {
    let sender = sender.clone();
    thread::spawn(move || sender.send((index, job())));
}
for _ in 0..count {
    let (index, value) = receiver.recv().expect("every job sends its result");
    on_result(index, value);
}
// ANSWER_END: as-completed

// ANSWER: imports
use std::sync::mpsc;
use std::thread;
// ANSWER_END: imports
