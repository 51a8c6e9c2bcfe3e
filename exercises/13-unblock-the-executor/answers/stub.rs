//! What the learner starts from.

// ANSWER: hash-async
blocking_hash(data, work) // holds the executor's thread for all of `work`
// ANSWER_END: hash-async
