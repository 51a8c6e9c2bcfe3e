//! Failure isolation: what a crash takes down with it.

use std::io;
use std::path::Path;
use std::thread;
use std::time::Duration;

use timing::{Finished, panic_message, scenario};

// ANCHOR: crash_child
/// Runs `exe --scenario job` (`panic`, `abort` or `abort-in-thread`) and returns how it ended:
/// its exit status and what it printed. The crash stays in the child; this process carries on.
/// A child that hung would be killed after 10 s, and reaped.
pub fn crash_child(exe: &Path, job: &str) -> io::Result<Finished> {
    scenario::run(exe, job, &[], Duration::from_secs(10))
}
// ANCHOR_END: crash_child

// ANCHOR: thread_panic
/// Starts a thread that panics and returns the message `join` hands back: a panicking thread
/// unwinds only itself, and the thread that joins it decides what happens next.
pub fn panicking_thread() -> String {
    let handle = thread::Builder::new()
        .name("worker-0".to_string())
        .spawn(|| -> u64 { panic!("worker-0 divided by zero") })
        .expect("the OS could not start a thread");
    let payload = handle.join().expect_err("the thread panicked");
    panic_message(&*payload)
}
// ANCHOR_END: thread_panic
