//! A typical wrong answer to 14-cas-update (the graders must reject it): one compare-and-swap,
//! and its `Err` ignored, so an update that lost the race is simply dropped.

use std::sync::atomic::AtomicUsize;
use std::sync::atomic::Ordering::Relaxed;

/// Reads `val`, computes `work(value read)`, and tries once to store it.
pub fn update(val: &AtomicUsize, mut work: impl FnMut(usize) -> usize) -> usize {
    let current = val.load(Relaxed);
    let _ = val.compare_exchange(current, work(current), Relaxed, Relaxed);
    0
}
