//! The strongest ordering, `SeqCst`. It orders the accesses; it does not join a `load` and a
//! `store` into one step.
//! caught: assertion

// ANSWER: add-one
let local = counter.load(SeqCst);
pause();
counter.store(local + 1, SeqCst);
// ANSWER_END: add-one

// ANSWER: docs-add-one

// ANSWER_END: docs-add-one

// ANSWER: imports
use std::sync::atomic::Ordering::SeqCst;
// ANSWER_END: imports
