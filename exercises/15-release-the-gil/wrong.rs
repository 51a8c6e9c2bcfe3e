//! A typical wrong answer: `detach` is there, but around the wrong part. The loop runs first,
//! holding the GIL; only returning the result is "released".

use pyo3::prelude::*;

/// `sqrt_sum(n)` in Python.
#[pyfunction]
pub fn sqrt_sum(py: Python<'_>, n: u64) -> f64 {
    let sum = rustwork::work::sqrt_sum(n);
    py.detach(|| sum)
}
