//! A typical wrong answer to 14-cas-update (the graders must reject it): it retries, but always
//! expects the value it first read. Once another thread has written, every swap fails: it spins
//! for ever.

use std::sync::atomic::AtomicUsize;
use std::sync::atomic::Ordering::Relaxed;

/// Retries the swap from the value first read.
pub fn update(val: &AtomicUsize, mut work: impl FnMut(usize) -> usize) -> usize {
    let current = val.load(Relaxed);
    let mut retries = 0;
    loop {
        let new = work(current);
        if val.compare_exchange(current, new, Relaxed, Relaxed).is_ok() {
            return retries;
        }
        retries += 1;
    }
}
