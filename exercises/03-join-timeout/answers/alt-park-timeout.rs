//! Polls with `thread::park_timeout` instead of `sleep`: a wake-up that comes early (or from a
//! stray `unpark`) only means one more look.

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
    let now = Instant::now();
    if now >= deadline {
        return Err(handle);
    }
    thread::park_timeout((deadline - now).min(Duration::from_millis(2)));
}
// ANSWER_END: join-timeout
