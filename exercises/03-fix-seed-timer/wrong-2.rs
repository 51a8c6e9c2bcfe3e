//! A typical wrong answer to 03-fix-seed-timer (the graders must reject it): Python's
//! `thread.join()` after the loop, which joins only the last thread started. In seed 003 the
//! last sleeper is the longest, so it looks right there.

use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

/// Seed 003's `foo(t)`, given: prints, sleeps `t` (one span of the chart), prints.
pub fn foo(t: Duration) {
    println!("About to sleep for {t:?}....");
    timing::span(format!("foo({t:?})"), || thread::sleep(t));
    println!("Done sleeping for {t:?}...");
}

/// Seed 003's timer: starts one `foo(t)` per sleep, all at the same time, and returns the time
/// from before the first start until every `foo` has finished.
pub fn time_sleepers(sleeps: &[Duration]) -> Duration {
    let start = Instant::now();
    let mut thread: Option<JoinHandle<()>> = None;
    for &t in sleeps {
        thread = Some(thread::spawn(move || foo(t)));
    }
    if let Some(last) = thread {
        last.join().expect("foo does not panic");
    }
    let took = start.elapsed();
    println!("Time taken: {took:?}");
    took
}
