//! What it costs to start (and finish) a thread, and a process.

use std::hint::black_box;
use std::io;
use std::path::Path;
use std::process::Stdio;
use std::thread;
use std::time::{Duration, Instant};

use crate::processes::{Reaper, describe, wait_or_kill, worker_command};

/// The middle value of `times` (which it sorts); zero if empty.
///
/// ```
/// use std::time::Duration;
/// let mut times = [3, 1, 2].map(Duration::from_millis);
/// assert_eq!(threads_vs_processes::startup::median(&mut times), Duration::from_millis(2));
/// ```
pub fn median(times: &mut [Duration]) -> Duration {
    times.sort_unstable();
    times.get(times.len() / 2).copied().unwrap_or_default()
}

// ANCHOR: thread_cost
/// Median time, over `samples` tries, to spawn a thread that does nothing and join it.
///
/// ```
/// let cost = threads_vs_processes::startup::thread_start_cost(10);
/// assert!(cost < std::time::Duration::from_secs(1));
/// ```
pub fn thread_start_cost(samples: usize) -> Duration {
    let mut times: Vec<Duration> = (0..samples)
        .map(|_| {
            let start = Instant::now();
            thread::spawn(|| black_box(1))
                .join()
                .expect("does not panic");
            start.elapsed()
        })
        .collect();
    median(&mut times)
}
// ANCHOR_END: thread_cost

// ANCHOR: process_cost
/// Median time, over `samples` tries, to start `exe worker noop` (a process that exits at once)
/// and wait for it.
pub fn process_start_cost(exe: &Path, samples: usize) -> io::Result<Duration> {
    let mut times = Vec::new();
    for _ in 0..samples {
        let start = Instant::now();
        let mut child = Reaper(
            worker_command(exe, &["noop"])
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()?,
        );
        let status = wait_or_kill(&mut child.0, start + Duration::from_secs(10))?;
        times.push(start.elapsed());
        if !status.is_some_and(|s| s.success()) {
            return Err(io::Error::other(format!(
                "noop worker: {}",
                describe(status)
            )));
        }
    }
    Ok(median(&mut times))
}
// ANCHOR_END: process_cost
