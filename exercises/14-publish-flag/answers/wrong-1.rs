//! The orderings on the data instead of the flag. A release store publishes what came *before*
//! it: here, nothing.
//! caught: assertion

// ANSWER: receive
if self.ready.load(Relaxed) {
    Some(self.data.load(Acquire))
} else {
    None
}
// ANSWER_END: receive

// ANSWER: send
self.data.store(value, Release);
self.ready.store(true, Relaxed);
// ANSWER_END: send
