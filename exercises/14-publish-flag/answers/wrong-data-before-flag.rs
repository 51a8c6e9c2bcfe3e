//! The data is read before the flag, so the `Acquire` comes too late to order it: the flag may
//! have gone up between the two reads.
//! caught: loom

// ANSWER: receive
let data = self.data.load(Relaxed);
self.ready.load(Acquire).then_some(data)
// ANSWER_END: receive
