//! `unwrap` on each result, so one panicking task takes the caller down (Python's
//! `future.result()` re-raises).
//! caught: assertion

// ANSWER: print-as-completed
/// Prints each result as it completes, and panics on the first task that panicked.
pub fn print_as_completed<F>(
    pool: &ThreadPool,
    seconds: &[u64],
    task: F,
    mut print: impl FnMut(String),
) where
    F: Fn(u64) -> String + Clone + Send + 'static,
{
    let handles: Vec<_> = seconds
        .iter()
        .map(|&sec| {
            let task = task.clone();
            pool.submit(move || task(sec))
        })
        .collect();
    for (_index, result) in as_completed(handles) {
        print(result.unwrap());
    }
}
// ANSWER_END: print-as-completed
