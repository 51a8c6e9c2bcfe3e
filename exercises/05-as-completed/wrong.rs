//! A typical wrong answer to 05-as-completed (the graders must reject it): it submits every task
//! first, but then waits for the results in the order submitted, as `executor.map` does.

use std::thread;
use std::time::Duration;

use pools::ThreadPool;

/// The seed's `some_task(sec)`, given: sleeps `sec` × `unit` (drawn as a span named
/// `sleep {sec}`) and returns `"Done {sec}"`.
pub fn some_task(sec: u64, unit: Duration) -> String {
    timing::span(format!("sleep {sec}"), || thread::sleep(unit * sec as u32));
    format!("Done {sec}")
}

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
