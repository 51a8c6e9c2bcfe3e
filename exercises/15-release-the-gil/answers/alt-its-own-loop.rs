//! Another route: its own loop instead of the lesson's, in a closure handed to `detach`.

// ANSWER: sqrt_sum
/// `sqrt_sum(n)` in Python.
#[pyfunction]
pub fn sqrt_sum(py: Python<'_>, n: u64) -> f64 {
    let seeds_loop = move || {
        let mut sum = 0.0;
        for i in 0..n {
            sum += std::hint::black_box(i as f64).sqrt();
        }
        sum
    };
    py.detach(seeds_loop)
}
// ANSWER_END: sqrt_sum
