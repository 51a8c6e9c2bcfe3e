//! Exercise 11-sum-with-rayon: the same CPU-bound sum, on rayon's thread pool.
//! `cargo run -p practice -- check 11-sum-with-rayon` checks it.

// ANSWER: imports
use rayon::prelude::*;
// ANSWER_END: imports

mod given;
pub use given::sum_isqrt;

/// How many numbers each task gets: enough that running a task costs far more than handing it
/// to a thread.
pub const CHUNK: usize = 4096;

/// Runs `work` on every chunk of [`CHUNK`] numbers of `numbers` (the last may be shorter) on
/// rayon's thread pool, several chunks at once, and returns the sum of what `work` returned.
///
/// `sum_on_rayon(&numbers, sum_isqrt)` is `sum_isqrt(&numbers)`, computed on every core.
pub fn sum_on_rayon(numbers: &[u64], work: impl Fn(&[u64]) -> u64 + Sync + Send) -> u64 {
    // ANSWER: sum-on-rayon
    numbers.par_chunks(CHUNK).map(work).sum()
    // ANSWER_END: sum-on-rayon
}
