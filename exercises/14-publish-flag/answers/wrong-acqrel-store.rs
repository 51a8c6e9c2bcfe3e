//! `AcqRel` on a store: there is no such thing as an acquire-release store, and `store` panics
//! when given one (`AcqRel` is for read-modify-write operations such as `swap`).
//! caught: assertion

// ANSWER: send
self.data.store(value, Relaxed);
self.ready.store(true, AcqRel);
// ANSWER_END: send
