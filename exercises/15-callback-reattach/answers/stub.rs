//! What the learner starts from: nothing is called yet.

// ANSWER: map_threads
let _ = (py, f, items);
todo!("call f on every item from two Rust threads")
// ANSWER_END: map_threads
