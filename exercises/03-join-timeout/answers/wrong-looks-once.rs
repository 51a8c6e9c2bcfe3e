//! It looks once and gives up at once, without waiting for the timeout.
//! caught: bound

// ANSWER: imports
use std::thread::JoinHandle;
use std::time::Duration;
// ANSWER_END: imports

// ANSWER: join-timeout
let _ = timeout;
if handle.is_finished() {
    Ok(handle.join().expect("the thread panicked"))
} else {
    Err(handle)
}
// ANSWER_END: join-timeout
