//! Production: rayon, and when a pool beats a thread per task.

use std::thread;
use std::time::Duration;

use rayon::prelude::*;
use timing::{Comparison, sqrt_loop, timed};

use crate::ThreadPool;

fn thread_name() -> String {
    thread::current().name().unwrap_or("<unnamed>").to_string()
}

// ANCHOR: builder
/// A rayon pool of `threads` threads named `rayon-worker-0`, `rayon-worker-1`, ...
///
/// Without a builder, rayon uses one global pool with a thread per CPU, started on first use.
///
/// ```
/// let pool = pools::production::named_rayon_pool(2).unwrap();
/// let name = pool.install(|| std::thread::current().name().map(String::from));
/// assert_eq!(name.as_deref().map(|n| n.starts_with("rayon-worker-")), Some(true));
/// ```
pub fn named_rayon_pool(threads: usize) -> Result<rayon::ThreadPool, rayon::ThreadPoolBuildError> {
    rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .thread_name(|index| format!("rayon-worker-{index}"))
        .build()
}
// ANCHOR_END: builder

// ANCHOR: par_iter
/// `sizes.par_iter().map(..).collect()` on `pool`: rayon splits the slice across its threads,
/// and `collect` puts the results back in input order (like `executor.map`).
///
/// Returns each `sqrt_loop(size)` with the name of the thread that computed it.
pub fn par_sqrt_sums(pool: &rayon::ThreadPool, sizes: &[u64]) -> Vec<(f64, String)> {
    pool.install(|| {
        sizes
            .par_iter()
            .map(|&size| (sqrt_loop(size), thread_name()))
            .collect()
    })
}
// ANCHOR_END: par_iter

// ANCHOR: scope
/// The length of each word, one rayon task per word. The tasks borrow `words` and write into
/// `lengths` on the caller's stack: `rayon::scope` returns only when all of them have finished,
/// so plain borrows are allowed (no `Arc`, no `'static`, unlike `ThreadPool::submit`).
pub fn scope_lengths(pool: &rayon::ThreadPool, words: &[&str]) -> Vec<usize> {
    let mut lengths = vec![0; words.len()];
    pool.install(|| {
        rayon::scope(|s| {
            for (word, length) in words.iter().zip(&mut lengths) {
                s.spawn(move |_| *length = word.len());
            }
        })
    });
    lengths
}
// ANCHOR_END: scope

/// What [`race`] measured.
#[derive(Debug, Clone)]
pub struct Race<T> {
    /// The times as a table, thread-per-task first (the baseline for the speed-ups).
    pub table: Comparison,
    /// Each way's time, in the table's order.
    pub times: Vec<Duration>,
    /// Each way's results, in task order: every way computes the same thing.
    pub results: Vec<Vec<T>>,
}

// ANCHOR: race
/// Runs `work(0) .. work(tasks - 1)` four ways and times each: a thread per task, the teaching
/// `pool`, `rayon::scope` with a spawn per task, and rayon's `par_iter` (which hands each thread
/// a batch of tasks rather than one at a time).
pub fn race<T, F>(tasks: usize, work: F, pool: &ThreadPool, rayon: &rayon::ThreadPool) -> Race<T>
where
    F: Fn(usize) -> T + Copy + Send + Sync + 'static,
    T: Default + Clone + Send + 'static,
{
    let (per_thread, per_thread_time) = timed(|| {
        let threads: Vec<_> = (0..tasks).map(|i| thread::spawn(move || work(i))).collect();
        threads
            .into_iter()
            .map(|t| t.join().unwrap())
            .collect::<Vec<T>>()
    });
    let (pooled, pooled_time) = timed(|| {
        pool.map(work, 0..tasks)
            .map(|result| result.unwrap())
            .collect::<Vec<T>>()
    });
    let (scoped, scoped_time) = timed(|| {
        let mut slots = vec![T::default(); tasks];
        rayon.install(|| {
            rayon::scope(|s| {
                for (i, slot) in slots.iter_mut().enumerate() {
                    s.spawn(move |_| *slot = work(i));
                }
            })
        });
        slots
    });
    let (parallel, parallel_time) =
        timed(|| rayon.install(|| (0..tasks).into_par_iter().map(work).collect::<Vec<T>>()));

    let threads = rayon.current_num_threads();
    let mut table = Comparison::new(format!("{tasks} tasks"));
    table
        .row("a thread per task", per_thread_time)
        .row(
            format!("teaching pool, {} workers", pool.workers()),
            pooled_time,
        )
        .row(format!("rayon::scope, {threads} threads"), scoped_time)
        .row(format!("rayon par_iter, {threads} threads"), parallel_time);
    Race {
        table,
        times: vec![per_thread_time, pooled_time, scoped_time, parallel_time],
        results: vec![per_thread, pooled, scoped, parallel],
    }
}
// ANCHOR_END: race
