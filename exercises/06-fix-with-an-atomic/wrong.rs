//! A typical wrong answer to 06-fix-with-an-atomic (the graders must reject it): the
//! strongest ordering, `SeqCst`. It orders the accesses; it does not join a `load` and a `store`
//! into one step.

use std::sync::atomic::AtomicUsize;
use std::sync::atomic::Ordering::SeqCst;

/// Adds one to `counter` the way seed 003's `update` adds one to `val`, with `pause` (the seed's
/// `time.sleep(1)`) on the way. Several threads call it on the same `counter`.
pub fn add_one(counter: &AtomicUsize, pause: impl FnOnce()) {
    let local = counter.load(SeqCst);
    pause();
    counter.store(local + 1, SeqCst);
}
