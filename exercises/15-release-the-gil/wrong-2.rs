//! A typical wrong answer: the GIL is released, then taken straight back inside the closure,
//! so the loop runs attached to the interpreter after all.

use pyo3::prelude::*;

/// `sqrt_sum(n)` in Python.
#[pyfunction]
pub fn sqrt_sum(py: Python<'_>, n: u64) -> f64 {
    py.detach(|| Python::attach(|_py| rustwork::work::sqrt_sum(n)))
}
