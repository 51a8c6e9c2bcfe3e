//! Exercise 15-release-the-gil: a `#[pyfunction]` that computes without the GIL.
//! `cargo run -p practice -- check 15-release-the-gil` checks it.

use pyo3::prelude::*;

/// `sqrt_sum(n)` in Python: the seed's loop, `for i in range(n): math.sqrt(i)`, returning the
/// sum of the roots (lesson 15's `rustwork::work::sqrt_sum`).
///
/// It holds the GIL from the first number to the last: every other Python thread waits. Fix it.
#[pyfunction]
pub fn sqrt_sum(n: u64) -> f64 {
    rustwork::work::sqrt_sum(n)
}
