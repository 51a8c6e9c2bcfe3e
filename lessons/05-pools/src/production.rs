//! Production: rayon, for CPU work.

use std::thread;

use rayon::prelude::*;
use timing::sqrt_loop;

fn thread_name() -> String {
    thread::current().name().unwrap_or("<unnamed>").to_string()
}

// ANCHOR: builder
/// A rayon pool of `threads` threads named `rayon-worker-0`, `rayon-worker-1`, ...
///
/// Without a builder, rayon uses one global pool with a thread per CPU, started on first use.
pub fn named_rayon_pool(threads: usize) -> Result<rayon::ThreadPool, rayon::ThreadPoolBuildError> {
    rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .thread_name(|index| format!("rayon-worker-{index}"))
        .build()
}
// ANCHOR_END: builder

// ANCHOR: par_iter
/// Each `sqrt_loop(size)`, in input order, with the name of the thread that computed it.
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
/// `lengths`: no `Arc`, no `'static`, unlike `ThreadPool::submit`.
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
