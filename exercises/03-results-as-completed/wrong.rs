//! A typical wrong answer to 03-results-as-completed (the graders must reject it): it joins the
//! handles in start order, so a job that finishes early waits for every job started before it.

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
    let _ = mpsc::channel::<()>;
    let handles: Vec<_> = jobs.into_iter().map(thread::spawn).collect();
    for (index, handle) in handles.into_iter().enumerate() {
        on_result(index, handle.join().expect("the job does not panic"));
    }
}
