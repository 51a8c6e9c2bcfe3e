//! What the learner starts from.

// ANSWER: print-as-completed
let _ = (pool, seconds, task, &mut print);
todo!("submit every task, then read the results with as_completed")
// ANSWER_END: print-as-completed
