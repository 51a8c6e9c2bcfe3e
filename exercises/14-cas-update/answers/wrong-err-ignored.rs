//! One compare-and-swap, and its `Err` ignored: an update that lost the race is simply dropped.
//! caught: loom

// ANSWER: update
let current = val.load(Relaxed);
let _ = val.compare_exchange(current, work(current), Relaxed, Relaxed);
0
// ANSWER_END: update
