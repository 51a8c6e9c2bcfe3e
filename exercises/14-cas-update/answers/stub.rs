//! What the learner starts from.

// ANSWER: update
let _ = (val, &mut work, Relaxed);
todo!("a compare_exchange retry loop")
// ANSWER_END: update
