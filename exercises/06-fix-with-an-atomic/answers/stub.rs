//! What the learner starts from.

// ANSWER: add-one
let local = counter.load(Relaxed);
pause(); // another thread loads the same value here
counter.store(local + 1, Relaxed);
// ANSWER_END: add-one

// ANSWER: docs-add-one
///
/// It `load`s, pauses, then `store`s what it loaded plus one. Each call is atomic, the pair is
/// not: another thread can load the same value in between, and one update is lost. Fix it.
// ANSWER_END: docs-add-one

// ANSWER: imports
use std::sync::atomic::Ordering::Relaxed;
// ANSWER_END: imports
