//! What the learner starts from.

// ANSWER: wait-for-each
let _ = (jobs, limit);
todo!("start every job with its own timeout, then collect the results in input order")
// ANSWER_END: wait-for-each
