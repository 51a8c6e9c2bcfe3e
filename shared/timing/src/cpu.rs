use std::hint::black_box;
use std::time::{Duration, Instant};

/// The seeds' CPU-bound work, `for i in range(n): math.sqrt(i)`, kept from being optimised away.
///
/// Returns the sum of the square roots so callers can check two runs did the same work.
///
/// ```
/// assert_eq!(timing::sqrt_loop(5), 0.0 + 1.0 + 2f64.sqrt() + 3f64.sqrt() + 2.0);
/// ```
pub fn sqrt_loop(n: u64) -> f64 {
    let mut sum = 0.0;
    for i in 0..n {
        sum += black_box(black_box(i as f64).sqrt());
    }
    sum
}

/// How many iterations of [`sqrt_loop`] take about `budget` on one thread of this machine, in
/// this build (a debug build is many times slower than a release build).
///
/// Lessons size their CPU-bound work with it, so a demonstration takes seconds on any machine
/// instead of a fixed count that is instant on one and endless on another.
///
/// ```
/// use std::time::Duration;
/// let n = timing::iterations_for(Duration::from_millis(20));
/// assert!(n >= 1_000);
/// ```
pub fn iterations_for(budget: Duration) -> u64 {
    // Grow a probe until it takes long enough to time reliably, then scale it to the budget.
    let mut probe: u64 = 10_000;
    loop {
        let start = Instant::now();
        black_box(sqrt_loop(probe));
        let took = start.elapsed();
        if took >= Duration::from_millis(5) || probe >= 1 << 40 {
            let per_iteration = took.as_secs_f64() / probe as f64;
            return ((budget.as_secs_f64() / per_iteration) as u64).max(1_000);
        }
        probe *= 4;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_budget_scales_the_count() {
        let small = iterations_for(Duration::from_millis(10));
        let large = iterations_for(Duration::from_millis(40));
        assert!(large > small * 2, "{small} vs {large}");
    }
}
