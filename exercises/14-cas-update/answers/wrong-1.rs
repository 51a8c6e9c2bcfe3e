//! One compare-and-swap, and its `Err` ignored, so an update that lost the race is simply
//! dropped.
//! caught: assertion

// ANSWER: docs-update
/// Reads `val`, computes `work(value read)`, and tries once to store it.
// ANSWER_END: docs-update

// ANSWER: update
let current = val.load(Relaxed);
let _ = val.compare_exchange(current, work(current), Relaxed, Relaxed);
0
// ANSWER_END: update
