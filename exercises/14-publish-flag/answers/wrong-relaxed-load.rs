//! Half a fix: the flag's store is `Release`, its load still `Relaxed`, so nothing pairs with the
//! release and the data read after the flag may still be the old one.
//! caught: loom

// ANSWER: receive
self.ready.load(Relaxed).then(|| self.data.load(Relaxed))
// ANSWER_END: receive
