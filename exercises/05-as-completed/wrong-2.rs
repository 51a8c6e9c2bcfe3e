//! A typical wrong answer to 05-as-completed (the graders must reject it): it waits for each
//! task's result before submitting the next, so the pool runs one task at a time.

use std::thread;
use std::time::Duration;

use pools::ThreadPool;

/// The seed's `some_task(sec)`, given: sleeps `sec` × `unit` (drawn as a span named
/// `sleep {sec}`) and returns `"Done {sec}"`.
pub fn some_task(sec: u64, unit: Duration) -> String {
    timing::span(format!("sleep {sec}"), || thread::sleep(unit * sec as u32));
    format!("Done {sec}")
}

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
