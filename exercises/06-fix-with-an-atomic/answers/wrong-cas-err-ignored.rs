//! `compare_exchange`, with its `Err` ignored. When another thread changed the value in between,
//! the exchange fails, and this update is dropped instead of retried.
//! caught: loom

// ANSWER: add-one
let local = counter.load(Relaxed);
pause();
let _ = counter.compare_exchange(local, local + 1, Relaxed, Relaxed);
// ANSWER_END: add-one
