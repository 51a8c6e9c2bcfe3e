//! The orderings on the data instead of the flag. A release store publishes what came *before*
//! it (here, nothing), and an acquire load orders what comes *after* it (here, nothing).
//! caught: loom

// ANSWER: receive
self.ready.load(Relaxed).then(|| self.data.load(Acquire))
// ANSWER_END: receive

// ANSWER: send
self.data.store(value, Release);
self.ready.store(true, Relaxed);
// ANSWER_END: send
