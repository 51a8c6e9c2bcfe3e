//! What the learner starts from.

// ANSWER: car-and-truck
let _ = (rounds, pause, thread::current());
todo!("start both named threads, then join both")
// ANSWER_END: car-and-truck
