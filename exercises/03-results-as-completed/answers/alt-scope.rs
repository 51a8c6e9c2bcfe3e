//! Scoped threads, the results received inside the scope as they come; the scope joins every
//! thread at its end.

// ANSWER: as-completed
let (sender, receiver) = mpsc::channel();
thread::scope(|s| {
    for (index, job) in jobs.into_iter().enumerate() {
        let sender = sender.clone();
        s.spawn(move || sender.send((index, job())));
    }
    drop(sender);
    for (index, value) in receiver {
        on_result(index, value);
    }
});
// ANSWER_END: as-completed

// ANSWER: imports
use std::sync::mpsc;
use std::thread;
// ANSWER_END: imports
