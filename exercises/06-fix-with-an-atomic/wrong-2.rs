//! A typical wrong answer to 06-fix-with-an-atomic (the graders must reject it):
//! `compare_exchange`, with its `Err` ignored. When another thread changed the value in between,
//! the exchange fails, and this update is dropped instead of retried.

use std::sync::atomic::AtomicUsize;
use std::sync::atomic::Ordering::Relaxed;

/// Adds one to `counter` the way seed 003's `update` adds one to `val`, with `pause` (the seed's
/// `time.sleep(1)`) on the way. Several threads call it on the same `counter`.
pub fn add_one(counter: &AtomicUsize, pause: impl FnOnce()) {
    let local = counter.load(Relaxed);
    pause();
    let _ = counter.compare_exchange(local, local + 1, Relaxed, Relaxed);
}
