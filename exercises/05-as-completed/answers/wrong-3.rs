//! It submits every task first, but then waits for the results in the order submitted, as
//! `executor.map` does.
//! caught: assertion

// ANSWER: imports
use pools::ThreadPool;
// ANSWER_END: imports

// ANSWER: print-as-completed
/// Submits every task, then prints the results in the order submitted: the slowest first.
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
    for handle in handles {
        print(handle.result().unwrap_or_else(|error| error.to_string()));
    }
}
// ANSWER_END: print-as-completed
