//! A typical wrong answer to 14-cas-update (the graders must reject it): it retries from the
//! newer value, but keeps the result it computed from the old one, so it writes a stale result.

use std::sync::atomic::AtomicUsize;
use std::sync::atomic::Ordering::Relaxed;

/// Computes the work once, then retries the swap until it lands.
pub fn update(val: &AtomicUsize, mut work: impl FnMut(usize) -> usize) -> usize {
    let mut current = val.load(Relaxed);
    let new = work(current);
    let mut retries = 0;
    while let Err(actual) = val.compare_exchange(current, new, Relaxed, Relaxed) {
        current = actual;
        retries += 1;
    }
    retries
}
