//! It sleeps the whole timeout, then looks, so the caller waits the full timeout even when the
//! thread finished long before.
//! caught: bound

// ANSWER: imports
use std::thread::{self, JoinHandle};
use std::time::Duration;
// ANSWER_END: imports

// ANSWER: join-timeout
thread::sleep(timeout);
if handle.is_finished() {
    Ok(handle.join().expect("the thread panicked"))
} else {
    Err(handle)
}
// ANSWER_END: join-timeout
