//! Exercise 03-results-as-completed: results in the order their threads finish, as
//! `concurrent.futures.as_completed` gives them. `cargo run -p practice -- check
//! 03-results-as-completed` checks it.

// ANSWER: imports
use std::sync::mpsc;
use std::thread;
// ANSWER_END: imports

/// `concurrent.futures.as_completed`: runs each job on a thread of its own, all at once, and
/// calls `on_result(index, value)` on the caller's thread for each job as soon as it finishes,
/// in the order they finish (`index` is the job's place in `jobs`). Returns once every result
/// has been handled.
pub fn as_completed<T, F>(jobs: Vec<F>, mut on_result: impl FnMut(usize, T))
where
    T: Send + 'static,
    F: FnOnce() -> T + Send + 'static,
{
    // ANSWER: as-completed
    let (sender, receiver) = mpsc::channel();
    for (index, job) in jobs.into_iter().enumerate() {
        let sender = sender.clone();
        thread::spawn(move || sender.send((index, job())));
    }
    drop(sender); // now only the threads hold senders: the loop ends after the last result
    for (index, value) in receiver {
        on_result(index, value);
    }
    // ANSWER_END: as-completed
}
