//! It keeps the original `Sender`, so the receiving loop never ends after the last result.
//! caught: bound

// ANSWER: as-completed
let (sender, receiver) = mpsc::channel();
for (index, job) in jobs.into_iter().enumerate() {
    let sender = sender.clone();
    thread::spawn(move || sender.send((index, job())));
}
for (index, value) in receiver {
    on_result(index, value);
}
// ANSWER_END: as-completed

// ANSWER: imports
use std::sync::mpsc;
use std::thread;
// ANSWER_END: imports
