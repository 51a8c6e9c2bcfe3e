//! Choreography the chapter does not show: timing when each result of a demonstration arrives.

use std::time::{Duration, Instant};

/// Starts `results` (a demonstration that starts threads and yields their results) and returns
/// each result with how long after the start it arrived.
///
/// ```
/// let arrivals = join::support::arrivals(|| [3, 1].into_iter());
/// assert_eq!(arrivals.iter().map(|&(i, _)| i).collect::<Vec<_>>(), [3, 1]);
/// ```
pub fn arrivals<I: Iterator<Item = usize>>(results: impl FnOnce() -> I) -> Vec<(usize, Duration)> {
    let start = Instant::now();
    results().map(|i| (i, start.elapsed())).collect()
}
