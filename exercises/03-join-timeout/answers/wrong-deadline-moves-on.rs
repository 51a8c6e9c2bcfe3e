//! It works the deadline out again on every turn of the loop, so the deadline is always ahead
//! and a thread that never ends is waited for, for ever.
//! caught: bound

// ANSWER: imports
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};
// ANSWER_END: imports

// ANSWER: join-timeout
while !handle.is_finished() {
    let deadline = Instant::now() + timeout;
    if Instant::now() >= deadline {
        return Err(handle);
    }
    thread::sleep(Duration::from_millis(1));
}
Ok(handle.join().expect("the thread panicked"))
// ANSWER_END: join-timeout
