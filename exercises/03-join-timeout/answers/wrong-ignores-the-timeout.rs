//! It ignores the timeout and joins, which waits for ever if the thread never ends.
//! caught: bound

// ANSWER: imports
use std::thread::JoinHandle;
use std::time::Duration;
// ANSWER_END: imports

// ANSWER: join-timeout
let _ = timeout;
Ok(handle.join().expect("the thread panicked"))
// ANSWER_END: join-timeout
