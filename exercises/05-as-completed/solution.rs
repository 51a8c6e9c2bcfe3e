//! Exercise 05-as-completed: submit every task to a pool, then print each result as soon as its
//! task finishes. `cargo run -p practice -- check 05-as-completed` checks it.

use std::thread;
use std::time::Duration;

// ANSWER: imports
use pools::{ThreadPool, as_completed};
// ANSWER_END: imports

/// The seed's `some_task(sec)`, given: sleeps `sec` × `unit` (drawn as a span named
/// `sleep {sec}`) and returns `"Done {sec}"`.
pub fn some_task(sec: u64, unit: Duration) -> String {
    timing::span(format!("sleep {sec}"), || thread::sleep(unit * sec as u32));
    format!("Done {sec}")
}

// ANSWER: print-as-completed
/// Submits `task(sec)` to `pool` for every `sec` in `seconds`, then calls `print` with each
/// task's result as soon as that task finishes, fastest first (Python's `as_completed`). A task
/// that panicked is printed as its error's message.
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
        print(result.unwrap_or_else(|error| error.to_string()));
    }
}
// ANSWER_END: print-as-completed
