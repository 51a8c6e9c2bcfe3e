//! Exercise 11-split-with-scope: a CPU-bound sum, split across scoped threads.
//! `cargo run -p practice -- check 11-split-with-scope` checks it.

use std::thread;

mod given;
pub use given::sum_isqrt;

/// Splits `numbers` into at most `threads` chunks of nearly equal size (`threads` is at least
/// 1), runs `work` on every chunk, each on a scoped thread of its own and all at the same time,
/// and returns the sum of what `work` returned.
///
/// `sum_on_threads(&numbers, 4, sum_isqrt)` is `sum_isqrt(&numbers)`, computed on 4 threads.
pub fn sum_on_threads(numbers: &[u64], threads: usize, work: impl Fn(&[u64]) -> u64 + Sync) -> u64 {
    // ANSWER: sum-on-threads
    let size = numbers.len().div_ceil(threads).max(1); // `chunks(0)` would panic
    let work = &work;
    thread::scope(|s| {
        let handles: Vec<_> = numbers
            .chunks(size)
            .map(|chunk| s.spawn(move || work(chunk)))
            .collect(); // every thread is running before the first `join`
        handles
            .into_iter()
            .map(|handle| handle.join().expect("work panicked"))
            .sum()
    })
    // ANSWER_END: sum-on-threads
}
