//! What the learner starts from.

// ANSWER: imports
use std::sync::mpsc;
use std::thread::JoinHandle;
// ANSWER_END: imports

// ANSWER: start
let _ = (period, &mut tick);
todo!("start a thread that ticks every period until it gets the stop signal")
// ANSWER_END: start

// ANSWER: stop
let _ = (self.stop, self.thread);
todo!("signal the thread, then wait for it")
// ANSWER_END: stop
