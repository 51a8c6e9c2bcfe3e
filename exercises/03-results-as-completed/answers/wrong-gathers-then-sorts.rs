//! It collects every result first, then hands them over sorted by index: Python's `gather`, not
//! `as_completed`. The first result waits for the last job.
//! caught: forced

// ANSWER: as-completed
let (sender, receiver) = mpsc::channel();
for (index, job) in jobs.into_iter().enumerate() {
    let sender = sender.clone();
    thread::spawn(move || sender.send((index, job())));
}
drop(sender);
let mut results: Vec<(usize, T)> = receiver.iter().collect();
results.sort_by_key(|(index, _)| *index);
for (index, value) in results {
    on_result(index, value);
}
// ANSWER_END: as-completed

// ANSWER: imports
use std::sync::mpsc;
use std::thread;
// ANSWER_END: imports
