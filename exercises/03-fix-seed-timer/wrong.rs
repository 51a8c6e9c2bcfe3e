//! A typical wrong answer to 03-fix-seed-timer (the graders must reject it): it joins each
//! thread right after starting it, so the timer is right but the sleepers take turns.

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
    for &t in sleeps {
        let thread: JoinHandle<()> = thread::spawn(move || foo(t));
        thread.join().expect("foo does not panic"); // waits before starting the next one
    }
    let took = start.elapsed();
    println!("Time taken: {took:?}");
    took
}
