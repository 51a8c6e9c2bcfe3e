//! What the learner starts from.

// ANSWER: fetch-first
let _ = mirrors;
todo!("one thread per mirror, each sending what fetch returned; keep the first Ok")
// ANSWER_END: fetch-first

// ANSWER: imports

// ANSWER_END: imports
