//! A typical wrong answer to 14-cas-update (the graders must reject it): a load, then a store.
//! Each step is atomic, the pair is not: lesson 06's lost update.

use std::sync::atomic::AtomicUsize;
use std::sync::atomic::Ordering::Relaxed;

/// Reads `val`, computes `work(value read)`, and stores the result.
pub fn update(val: &AtomicUsize, mut work: impl FnMut(usize) -> usize) -> usize {
    let current = val.load(Relaxed);
    val.store(work(current), Relaxed);
    0
}
