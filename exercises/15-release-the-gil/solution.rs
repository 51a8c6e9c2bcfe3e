//! Exercise 15-release-the-gil: a `#[pyfunction]` that computes without the GIL.
//! `cargo run -p practice -- check 15-release-the-gil` checks it.

use pyo3::prelude::*;

// ANSWER: sqrt_sum
/// `sqrt_sum(n)` in Python: the seed's loop, `for i in range(n): math.sqrt(i)`, returning the
/// sum of the roots (lesson 15's `rustwork::work::sqrt_sum`). The GIL is released while the
/// loop runs, and taken back to return the float.
#[pyfunction]
pub fn sqrt_sum(py: Python<'_>, n: u64) -> f64 {
    py.detach(|| rustwork::work::sqrt_sum(n))
}
// ANSWER_END: sqrt_sum
