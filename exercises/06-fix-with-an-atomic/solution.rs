//! Reference solution of 06-fix-with-an-atomic.

use std::sync::atomic::AtomicUsize;
use std::sync::atomic::Ordering::Relaxed;

/// Adds one to `counter` the way seed 003's `update` adds one to `val`, with `pause` (the seed's
/// `time.sleep(1)`) on the way. Several threads call it on the same `counter`.
///
/// `fetch_add` reads, adds and writes in one indivisible step: there is no read to split off,
/// so the pause comes first.
pub fn add_one(counter: &AtomicUsize, pause: impl FnOnce()) {
    pause();
    counter.fetch_add(1, Relaxed);
}
