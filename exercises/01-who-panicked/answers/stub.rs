//! What the learner starts from.

// ANSWER: run-named
let _ = (name, job, thread::current());
todo!("start a named thread, join it, and turn a panic payload into a message")
// ANSWER_END: run-named
