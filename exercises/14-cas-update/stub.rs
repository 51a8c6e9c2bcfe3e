//! Exercise 14-cas-update: seed 003's `Data.update` without a lock, as a compare-and-swap loop.
//! `cargo run -p practice -- check 14-cas-update` checks it.

use std::sync::atomic::AtomicUsize;
#[allow(unused_imports)]
use std::sync::atomic::Ordering::Relaxed;

/// Reads `val`, computes `work(value read)`, and stores the result only if `val` still holds the
/// value read. If another thread wrote in between, redoes the work from the value it wrote.
/// Returns how many times it had to start again (0 when nobody got in the way).
pub fn update(val: &AtomicUsize, mut work: impl FnMut(usize) -> usize) -> usize {
    let _ = (val, &mut work);
    todo!("a compare_exchange retry loop")
}
