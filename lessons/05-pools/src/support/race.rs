//! Timing the same tasks four ways: a thread per task, the teaching pool, `rayon::scope`, and
//! rayon's `par_iter`.

use std::thread;
use std::time::Duration;

use rayon::prelude::*;
use timing::{Comparison, timed};

use crate::ThreadPool;

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
