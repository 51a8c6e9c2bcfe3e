//! A typical wrong answer to 03-results-as-completed (the graders must reject it): it keeps the
//! original `Sender`, so the receiving loop never ends after the last result.

use std::sync::mpsc;
use std::thread;

/// `concurrent.futures.as_completed`: runs each job on a thread of its own, all at once, and
/// calls `on_result(index, value)` on the caller's thread for each job as soon as it finishes,
/// in the order they finish (`index` is the job's place in `jobs`). Returns once every result
/// has been handled.
pub fn as_completed<T, F>(jobs: Vec<F>, mut on_result: impl FnMut(usize, T))
where
    T: Send + 'static,
    F: FnOnce() -> T + Send + 'static,
{
    let (sender, receiver) = mpsc::channel();
    for (index, job) in jobs.into_iter().enumerate() {
        let sender = sender.clone();
        thread::spawn(move || sender.send((index, job())));
    }
    for (index, value) in receiver {
        on_result(index, value);
    }
}
