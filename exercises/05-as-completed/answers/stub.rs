//! What the learner starts from.

// ANSWER: imports
use pools::ThreadPool;
// ANSWER_END: imports

// ANSWER: print-as-completed
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
    let _ = (pool, seconds, task, &mut print);
    todo!("submit every task, then read the results with as_completed")
}
// ANSWER_END: print-as-completed
