//! What the learner starts from.

// ANSWER: spawn-sleeper
let _ = (n, name, thread::current());
todo!("start a named thread whose closure owns its arguments, and return its handle")
// ANSWER_END: spawn-sleeper
