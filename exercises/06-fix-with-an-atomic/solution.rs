//! Exercise 06-fix-with-an-atomic: seed 003's lost update on an `AtomicUsize`; fix it with
//! one atomic step. `cargo run -p practice -- check 06-fix-with-an-atomic` checks it.

use std::sync::atomic::AtomicUsize;
// ANSWER: imports
use std::sync::atomic::Ordering::Relaxed;
// ANSWER_END: imports

/// Adds one to `counter` the way seed 003's `update` adds one to `val`, with `pause` (the seed's
/// `time.sleep(1)`) on the way. Several threads call it on the same `counter`.
// ANSWER: docs-add-one
///
/// `fetch_add` reads, adds and writes in one indivisible step: there is no read to split off,
/// so the pause comes first.
// ANSWER_END: docs-add-one
pub fn add_one(counter: &AtomicUsize, pause: impl FnOnce()) {
    // ANSWER: add-one
    pause();
    counter.fetch_add(1, Relaxed);
    // ANSWER_END: add-one
}
