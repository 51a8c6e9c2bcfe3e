//! What the learner starts from.

// ANSWER: imports
use std::thread::JoinHandle;
use std::time::Duration;
// ANSWER_END: imports

// ANSWER: join-timeout
let _ = (handle, timeout);
todo!("wait until the thread has finished or the timeout has passed, whichever comes first")
// ANSWER_END: join-timeout
