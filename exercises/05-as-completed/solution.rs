//! Exercise 05-as-completed: submit every task to a pool, then print each result as soon as its
//! task finishes. `cargo run -p practice -- check 05-as-completed` checks it.

#[allow(unused_imports)] // what the answers use, each some of it
use pools::{TaskHandle, ThreadPool, as_completed};

mod given;
pub use given::some_task;

/// Submits `task(sec)` to `pool` for every `sec` in `seconds`, then calls `print` with each
/// task's result as soon as that task finishes, fastest first (Python's `as_completed`). A task
/// that panicked is printed as its error's message.
///
/// `pools::as_completed(handles)` yields `(index, result)` as each task finishes.
pub fn print_as_completed<F>(
    pool: &ThreadPool,
    seconds: &[u64],
    task: F,
    mut print: impl FnMut(String),
) where
    F: Fn(u64) -> String + Clone + Send + 'static,
{
    // ANSWER: print-as-completed
    let handles: Vec<_> = seconds
        .iter()
        .map(|&sec| {
            let task = task.clone();
            pool.submit(move || task(sec))
        })
        .collect();
    for (_index, result) in as_completed(handles) {
        print(result.unwrap_or_else(|error| error.to_string()));
    }
    // ANSWER_END: print-as-completed
}
