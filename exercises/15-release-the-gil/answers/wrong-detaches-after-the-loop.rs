//! `detach` is there, but around the wrong part: the loop runs first, holding the GIL, and only
//! handing back the sum is "released". The ticking thread never ticks during the loop.
//! caught: assertion

// ANSWER: sqrt_sum
/// `sqrt_sum(n)` in Python.
#[pyfunction]
pub fn sqrt_sum(py: Python<'_>, n: u64) -> f64 {
    let sum = rustwork::work::sqrt_sum(n);
    py.detach(|| sum)
}
// ANSWER_END: sqrt_sum
