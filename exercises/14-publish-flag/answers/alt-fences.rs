//! Fences instead of orderings on the flag: a release fence before the flag's `Relaxed` store,
//! an acquire fence after its `Relaxed` load, once it has seen the flag up.

// ANSWER: receive
if self.ready.load(Relaxed) {
    fence(Acquire);
    Some(self.data.load(Relaxed))
} else {
    None
}
// ANSWER_END: receive

// ANSWER: send
self.data.store(value, Relaxed);
fence(Release);
self.ready.store(true, Relaxed);
// ANSWER_END: send
