//! Exercise 03-fix-seed-timer: seed 003's timer reads the clock before its threads are done.
//! Make it wait for them. `cargo run -p practice -- check 03-fix-seed-timer` checks it.

use std::thread;
use std::time::{Duration, Instant};

mod given;
pub use given::foo;

/// Seed 003's timer: starts one `foo(t)` per sleep, all at the same time, and returns the time
/// from before the first start until every `foo` has finished.
pub fn time_sleepers(sleeps: &[Duration]) -> Duration {
    // ANSWER: time-sleepers
    let start = Instant::now();
    let handles: Vec<thread::JoinHandle<()>> = sleeps
        .iter()
        .map(|&t| thread::spawn(move || foo(t)))
        .collect();
    for handle in handles {
        handle.join().expect("foo does not panic");
    }
    let took = start.elapsed(); // every foo has finished
    println!("Time taken: {took:?}");
    took
    // ANSWER_END: time-sleepers
}
