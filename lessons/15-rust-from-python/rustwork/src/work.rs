//! The seeds' CPU-bound work, in plain Rust: what the extension module runs.

use rayon::prelude::*;

// ANCHOR: sqrt_sum
/// The seed's `calc()`, `for i in range(n): math.sqrt(i)`, returning the sum of the roots so
/// that two runs can be checked to have done the same work. Each call is a `sqrt_sum` span on
/// the narrator's timeline.
pub fn sqrt_sum(n: u64) -> f64 {
    timing::span("sqrt_sum", || timing::sqrt_loop(n))
}
// ANCHOR_END: sqrt_sum

// ANCHOR: sqrt_sums
/// Every unit's [`sqrt_sum`], the units spread over rayon's threads (one per core), in the
/// units' order.
pub fn sqrt_sums(units: &[u64]) -> Vec<f64> {
    units.par_iter().map(|&n| sqrt_sum(n)).collect()
}
// ANCHOR_END: sqrt_sums
