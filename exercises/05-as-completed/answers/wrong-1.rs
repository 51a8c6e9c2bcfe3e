//! It waits for each task's result before submitting the next, so the pool runs one task at a
//! time.
//! caught: assertion

// ANSWER: imports
use pools::ThreadPool;
// ANSWER_END: imports

// ANSWER: print-as-completed
/// Submits a task, waits for it, prints it; then the next one.
pub fn print_as_completed<F>(
    pool: &ThreadPool,
    seconds: &[u64],
    task: F,
    mut print: impl FnMut(String),
) where
    F: Fn(u64) -> String + Clone + Send + 'static,
{
    for &sec in seconds {
        let task = task.clone();
        let result = pool.submit(move || task(sec)).result();
        print(result.unwrap_or_else(|error| error.to_string()));
    }
}
// ANSWER_END: print-as-completed
