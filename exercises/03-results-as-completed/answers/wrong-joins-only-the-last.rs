//! Each thread sends its result, but the caller joins only the last thread started, then takes
//! what has arrived (`try_iter`): the jobs still running then are lost, and the first result
//! waits for the last job.
//! caught: forced

// ANSWER: as-completed
let (sender, receiver) = mpsc::channel();
let mut last = None;
for (index, job) in jobs.into_iter().enumerate() {
    let sender = sender.clone();
    last = Some(thread::spawn(move || sender.send((index, job()))));
}
if let Some(last) = last {
    let _ = last.join();
}
for (index, value) in receiver.try_iter() {
    on_result(index, value);
}
// ANSWER_END: as-completed

// ANSWER: imports
use std::sync::mpsc;
use std::thread;
// ANSWER_END: imports
