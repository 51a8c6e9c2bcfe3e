//! The GIL is released, then taken straight back inside the closure: the loop runs attached to
//! the interpreter after all, and the ticking thread never ticks during it.
//! caught: assertion

// ANSWER: sqrt_sum
/// `sqrt_sum(n)` in Python.
#[pyfunction]
pub fn sqrt_sum(py: Python<'_>, n: u64) -> f64 {
    py.detach(|| Python::attach(|_py| rustwork::work::sqrt_sum(n)))
}
// ANSWER_END: sqrt_sum
