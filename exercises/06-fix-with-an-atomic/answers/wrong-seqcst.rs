//! The strongest ordering, `SeqCst`. It orders the accesses; it does not join a `load` and a
//! `store` into one step.
//! caught: loom

// ANSWER: add-one
let local = counter.load(SeqCst);
pause();
counter.store(local + 1, SeqCst);
// ANSWER_END: add-one
