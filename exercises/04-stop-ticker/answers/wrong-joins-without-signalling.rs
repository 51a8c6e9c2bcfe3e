//! `stop` joins without signalling first. The `stop` field is dropped only when `stop` returns,
//! which it never does: the thread waits for a signal that never comes, and `join` waits for the
//! thread.
//! caught: bound

// ANSWER: stop
self.thread.join().expect("a tick panicked");
// ANSWER_END: stop
