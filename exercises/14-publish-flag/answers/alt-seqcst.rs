//! `SeqCst` everywhere: stronger than it needs to be (a `SeqCst` store is also a release, a
//! `SeqCst` load also an acquire), and correct.

// ANSWER: receive
self.ready.load(SeqCst).then(|| self.data.load(SeqCst))
// ANSWER_END: receive

// ANSWER: send
self.data.store(value, SeqCst);
self.ready.store(true, SeqCst);
// ANSWER_END: send
