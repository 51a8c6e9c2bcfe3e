//! `swap` writes in one step, but what it writes was computed from an earlier `load`: the read
//! and the write are still two steps.
//! caught: loom

// ANSWER: add-one
let local = counter.load(Relaxed);
pause();
counter.swap(local + 1, Relaxed);
// ANSWER_END: add-one
