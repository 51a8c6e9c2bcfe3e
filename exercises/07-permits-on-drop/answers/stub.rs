//! What the learner starts from.

// ANSWER: acquire
todo!("sleep on `returned` while no permit is free, then take one, under the same guard")
// ANSWER_END: acquire

// ANSWER: drop
todo!("give the permit back, and wake a thread waiting for one")
// ANSWER_END: drop

// ANSWER: try-acquire
todo!("take a permit if one is free, without waiting")
// ANSWER_END: try-acquire
