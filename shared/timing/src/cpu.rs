use std::hint::black_box;
use std::time::{Duration, Instant};

/// The seeds' CPU-bound work, `for i in range(n): math.sqrt(i)`, kept from being optimised away.
///
/// Returns the sum of the square roots so callers can check two runs did the same work.
///
/// ```
/// assert_eq!(timing::sqrt_loop(5), 0.0 + 1.0 + 2f64.sqrt() + 3f64.sqrt() + 2.0);
/// ```
// Never inlined: each inlined copy of this loop is compiled and laid out on its own, and on
// this course's machine one copy ran the same units 1.5× slower than another (52 ms against
// 35 ms). Inlined, rayon's workers ran a slow copy while the caller's sequential run had a fast
// one, and a correct parallel run measured 1.1× (lesson 15's pytest, in CI). One copy for every
// caller keeps each comparison fair.
#[inline(never)]
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
    // Grow a probe until it takes long enough to time, then keep the fastest of eight more runs:
    // a busy machine can only make a run slower, never faster. Short probes, many of them, so
    // that some run while no other thread shares the core: three 5 ms probes, each slowed by
    // other tests computing, once sized a 30 ms unit that then ran in 9 ms.
    let mut probe: u64 = 10_000;
    let mut fastest = time_of(probe);
    while fastest < Duration::from_millis(2) && probe < 1 << 40 {
        probe *= 2;
        fastest = time_of(probe);
    }
    for _ in 0..8 {
        fastest = fastest.min(time_of(probe));
    }
    iterations_lasting(budget, fastest.as_secs_f64() / probe as f64)
}

/// How many iterations of `per_iteration` seconds fit in `budget` (at least 1,000).
fn iterations_lasting(budget: Duration, per_iteration: f64) -> u64 {
    ((budget.as_secs_f64() / per_iteration) as u64).max(1_000)
}

fn time_of(iterations: u64) -> Duration {
    let start = Instant::now();
    black_box(sqrt_loop(iterations));
    start.elapsed()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_budget_scales_the_count() {
        // At one speed: two measurements differ as the machine's load does, so comparing two
        // calls of iterations_for failed now and then on a busy machine.
        let per_iteration = 2e-9;
        let small = iterations_lasting(Duration::from_millis(10), per_iteration);
        let large = iterations_lasting(Duration::from_millis(40), per_iteration);
        assert_eq!((small, large), (5_000_000, 20_000_000));
        assert_eq!(iterations_lasting(Duration::ZERO, per_iteration), 1_000);
    }
}
