//! What the learner starts from: the GIL is held from the first number to the last, so every
//! other Python thread waits.

// ANSWER: sqrt_sum
/// `sqrt_sum(n)` in Python: the seed's loop, `for i in range(n): math.sqrt(i)`, returning the
/// sum of the roots (lesson 15's `rustwork::work::sqrt_sum`). It holds the GIL from the first
/// number to the last: every other Python thread waits. Fix it.
#[pyfunction]
pub fn sqrt_sum(n: u64) -> f64 {
    rustwork::work::sqrt_sum(n)
}
// ANSWER_END: sqrt_sum
