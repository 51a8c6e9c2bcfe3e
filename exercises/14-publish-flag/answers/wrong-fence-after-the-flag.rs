//! Fences, but the release fence comes after the flag's store: a fence orders the stores that
//! follow it, so the flag is published with nothing behind it.
//! caught: loom

// ANSWER: receive
self.ready.load(Relaxed).then(|| {
    fence(Acquire);
    self.data.load(Relaxed)
})
// ANSWER_END: receive

// ANSWER: send
self.data.store(value, Relaxed);
self.ready.store(true, Relaxed);
fence(Release);
// ANSWER_END: send
