//! Exercise 06-fix-with-an-atomic: seed 003's lost update on an `AtomicUsize`; fix it with
//! one atomic step. `cargo run -p practice -- check 06-fix-with-an-atomic` checks it.

#[allow(unused_imports)] // each answer uses some of them
use std::sync::atomic::Ordering::{AcqRel, Acquire, Relaxed, Release, SeqCst};

mod given;
pub use given::AtomicUsize;

/// Adds one to `counter` the way seed 003's `update` adds one to `val`, with `pause` (the seed's
/// `time.sleep(1)`) on the way. Several threads call it on the same `counter`.
pub fn add_one(counter: &AtomicUsize, pause: impl FnOnce()) {
    // ANSWER: add-one
    pause();
    counter.fetch_add(1, Relaxed); // reads, adds and writes in one indivisible step
    // ANSWER_END: add-one
}
