//! The flag goes up before the data is written, so a reader can see it and read the old data,
//! whatever the orderings.
//! caught: loom

// ANSWER: send
self.ready.store(true, Release);
self.data.store(value, Relaxed);
// ANSWER_END: send
