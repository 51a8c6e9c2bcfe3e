//! What the learner starts from: a `load`, the pause, a `store`. Each is atomic, the pair is
//! not: another thread can load the same value in between, and one update is lost.

// ANSWER: add-one
let local = counter.load(Relaxed);
pause(); // another thread loads the same value here
counter.store(local + 1, Relaxed);
// ANSWER_END: add-one
