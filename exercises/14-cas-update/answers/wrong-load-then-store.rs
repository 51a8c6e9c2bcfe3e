//! A load, then a store. Each step is atomic, the pair is not: lesson 06's lost update.
//! caught: loom

// ANSWER: update
let current = val.load(Relaxed);
val.store(work(current), Relaxed);
0
// ANSWER_END: update
