//! It joins the handles in start order, so a job that finishes early waits for every job started
//! before it.
//! caught: assertion

// ANSWER: as-completed
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
// ANSWER_END: as-completed
