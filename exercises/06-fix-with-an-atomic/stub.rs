//! Exercise 06-fix-with-an-atomic: seed 003's lost update on an `AtomicUsize`; fix it with
//! one atomic step. `cargo run -p practice -- check 06-fix-with-an-atomic` checks it.

use std::sync::atomic::AtomicUsize;
use std::sync::atomic::Ordering::Relaxed;

/// Adds one to `counter` the way seed 003's `update` adds one to `val`, with `pause` (the seed's
/// `time.sleep(1)`) on the way. Several threads call it on the same `counter`.
///
/// It `load`s, pauses, then `store`s what it loaded plus one. Each call is atomic, the pair is
/// not: another thread can load the same value in between, and one update is lost. Fix it.
pub fn add_one(counter: &AtomicUsize, pause: impl FnOnce()) {
    let local = counter.load(Relaxed);
    pause(); // another thread loads the same value here
    counter.store(local + 1, Relaxed);
}
