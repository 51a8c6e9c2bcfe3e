//! Rust threads that call a function for each item, and what happens when one of them fails.

use std::panic::resume_unwind;
use std::sync::atomic::{AtomicBool, Ordering::Relaxed};
use std::thread::{self, JoinHandle};

// ANCHOR: map_on_threads
/// Calls `f` on every item from `threads` threads named `worker 1`, `worker 2`, …, each taking
/// a contiguous share of `items`, and returns the results in the items' order. The first `Err`
/// stops the map: no worker starts another item once it is seen, and the error is returned.
/// A worker's panic is raised again on the calling thread.
pub fn map_on_threads<T: Sync, R: Send, E: Send>(
    items: &[T],
    threads: usize,
    f: impl Fn(&T) -> Result<R, E> + Sync,
) -> Result<Vec<R>, E> {
    let failed = AtomicBool::new(false);
    let work = |mine: &[T]| -> Result<Vec<R>, E> {
        let mut results = Vec::with_capacity(mine.len());
        for item in mine.iter().take_while(|_| !failed.load(Relaxed)) {
            results.push(f(item).inspect_err(|_| failed.store(true, Relaxed))?);
        }
        Ok(results)
    };
    let (work, share) = (&work, items.len().div_ceil(threads.max(1)).max(1));
    thread::scope(|s| {
        let workers: Vec<_> = (items.chunks(share).enumerate())
            .map(|(i, mine)| {
                let worker = thread::Builder::new().name(format!("worker {}", i + 1));
                let started = worker.spawn_scoped(s, move || work(mine));
                started.expect("the OS could not start a thread")
            })
            .collect();
        let mut results = Vec::with_capacity(items.len());
        for worker in workers {
            results.extend(worker.join().unwrap_or_else(|panic| resume_unwind(panic))?);
        }
        Ok(results)
    })
}
// ANCHOR_END: map_on_threads

// ANCHOR: panic_on_a_worker
/// A bug on a worker thread: the thread named `worker 1` panics with `message`. `join` hands the
/// panic back as an `Err`, and `resume_unwind` raises it again on the calling thread, where the
/// caller (PyO3, for a Python caller) decides what it becomes.
pub fn panic_on_a_worker(message: String) {
    let worker: JoinHandle<()> = thread::Builder::new()
        .name("worker 1".into())
        .spawn(move || panic!("{message}"))
        .expect("the OS could not start a thread");
    if let Err(panic) = worker.join() {
        resume_unwind(panic);
    }
}
// ANCHOR_END: panic_on_a_worker
