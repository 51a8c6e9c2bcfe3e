//! It looks every tenth of the timeout: a thread that finishes just after a look is noticed a
//! tenth of the timeout late (6 s late, with the tests' 60 s).
//! caught: bound

// ANSWER: imports
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};
// ANSWER_END: imports

// ANSWER: join-timeout
let deadline = Instant::now() + timeout;
loop {
    if handle.is_finished() {
        return Ok(handle.join().expect("the thread panicked"));
    }
    if Instant::now() >= deadline {
        return Err(handle);
    }
    thread::sleep(timeout / 10);
}
// ANSWER_END: join-timeout
