//! What it costs to start (and finish) a thread, and a process.

use std::hint::black_box;
use std::io;
use std::path::Path;
use std::thread;
use std::time::{Duration, Instant};

use timing::scenario;

// ANCHOR: start_thread
/// How long it takes to spawn a thread that does nothing, and join it.
pub fn start_thread() -> Duration {
    let start = Instant::now();
    thread::spawn(|| black_box(1))
        .join()
        .expect("does not panic");
    start.elapsed()
}
// ANCHOR_END: start_thread

// ANCHOR: start_process
/// How long it takes to start `exe --scenario noop`, a process that exits at once, and wait
/// for it.
pub fn start_process(exe: &Path) -> io::Result<Duration> {
    let start = Instant::now();
    let status = scenario::command(exe, "noop", &[]).status()?;
    let took = start.elapsed();
    if !status.success() {
        return Err(io::Error::other(format!("noop worker: {status}")));
    }
    Ok(took)
}
// ANCHOR_END: start_process
