//! Backs off: the first looks come quickly, then every 16 ms at most, and never past the
//! deadline.

// ANSWER: imports
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};
// ANSWER_END: imports

// ANSWER: join-timeout
let deadline = Instant::now() + timeout;
let mut pause = Duration::from_micros(100);
while !handle.is_finished() {
    let Some(left) = deadline
        .checked_duration_since(Instant::now())
        .filter(|left| !left.is_zero())
    else {
        return Err(handle);
    };
    thread::sleep(pause.min(left));
    pause = (pause * 2).min(Duration::from_millis(16));
}
Ok(handle.join().expect("the thread panicked"))
// ANSWER_END: join-timeout
