//! What the learner starts from.

// ANSWER: double-in-two-threads
let _ = (values, thread::current());
todo!("split the slice in two halves, and double each on a scoped thread")
// ANSWER_END: double-in-two-threads
