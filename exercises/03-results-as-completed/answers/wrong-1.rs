//! It keeps the original `Sender`, so the receiving loop never ends after the last result.
//! caught: assertion

// ANSWER: as-completed
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
// ANSWER_END: as-completed
