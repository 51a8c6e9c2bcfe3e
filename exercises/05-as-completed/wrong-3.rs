//! A typical wrong answer to 05-as-completed (the graders must reject it): `unwrap` on each
//! result, so one panicking task takes the caller down (Python's `future.result()` re-raises).

use std::thread;
use std::time::Duration;

use pools::{ThreadPool, as_completed};

/// The seed's `some_task(sec)`, given: sleeps `sec` × `unit` (drawn as a span named
/// `sleep {sec}`) and returns `"Done {sec}"`.
pub fn some_task(sec: u64, unit: Duration) -> String {
    timing::span(format!("sleep {sec}"), || thread::sleep(unit * sec as u32));
    format!("Done {sec}")
}

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
