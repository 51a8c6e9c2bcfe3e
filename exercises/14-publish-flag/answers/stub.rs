//! What the learner starts from: every ordering `Relaxed`.

// ANSWER: receive
if self.ready.load(Relaxed) {
    Some(self.data.load(Relaxed))
} else {
    None
}
// ANSWER_END: receive

// ANSWER: send
self.data.store(value, Relaxed);
self.ready.store(true, Relaxed);
// ANSWER_END: send
