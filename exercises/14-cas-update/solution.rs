//! Exercise 14-cas-update: seed 003's `Data.update` without a lock, as a compare-and-swap loop.
//! `cargo run -p practice -- check 14-cas-update` checks it.

use std::sync::atomic::Ordering::*;

mod given;
pub use given::AtomicUsize;

/// Reads `val`, computes `work(value read)`, and stores the result only if `val` still holds the
/// value read. If another thread wrote in between, redoes the work from the value it wrote.
/// Returns how many times it had to start again (0 when nobody got in the way).
pub fn update(val: &AtomicUsize, mut work: impl FnMut(usize) -> usize) -> usize {
    // ANSWER: update
    let mut current = val.load(Relaxed);
    let mut retries = 0;
    loop {
        let new = work(current);
        match val.compare_exchange(current, new, Relaxed, Relaxed) {
            Ok(_) => return retries,
            Err(actual) => {
                current = actual; // another thread wrote first: start again from its value
                retries += 1;
            }
        }
    }
    // ANSWER_END: update
}
