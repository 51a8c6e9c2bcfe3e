//! Choreography the chapter does not show: progress bars, child-process plumbing (a reaper,
//! killing a worker midway, counting live children) and measuring start-up costs.

mod bars;
mod children;

pub use bars::Bars;
#[cfg(target_os = "linux")]
pub use children::live_children;
pub use children::{Killed, Reaper, describe, kill_one_midway};

use std::io;
use std::path::Path;
use std::time::Duration;

use crate::startup::{start_process, start_thread};

/// The median start-up cost of a thread and of a process, from `rounds` rounds that each start
/// `threads_per_round` threads and one process: both measured under the same conditions.
pub fn start_costs(
    exe: &Path,
    rounds: usize,
    threads_per_round: usize,
) -> io::Result<(Duration, Duration)> {
    let (mut threads, mut processes) = (Vec::new(), Vec::new());
    for _ in 0..rounds {
        threads.extend((0..threads_per_round).map(|_| start_thread()));
        processes.push(start_process(exe)?);
    }
    Ok((median(&mut threads), median(&mut processes)))
}

/// The middle value of `times` (which it sorts); zero if empty.
///
/// ```
/// use std::time::Duration;
/// let mut times = [3, 1, 2].map(Duration::from_millis);
/// assert_eq!(threads_vs_processes::support::median(&mut times), Duration::from_millis(2));
/// ```
pub fn median(times: &mut [Duration]) -> Duration {
    times.sort_unstable();
    times.get(times.len() / 2).copied().unwrap_or_default()
}
