//! What the learner starts from.

// ANSWER: listen
let _ = (a, b, idle);
todo!("listen to both feeds at once: crossbeam's select!, with a default(idle) arm")
// ANSWER_END: listen
