//! The thread sleeps a whole `period` and then checks a stop flag, so with a long period `stop`
//! waits as long.
//! caught: bound

// ANSWER: fields
/// The stop signal: a flag the thread checks after each sleep.
stop: Arc<AtomicBool>,
/// The thread.
thread: JoinHandle<()>,
// ANSWER_END: fields

// ANSWER: imports
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread::{self, JoinHandle};
// ANSWER_END: imports

// ANSWER: start
let stop = Arc::new(AtomicBool::new(false));
let stopped = Arc::clone(&stop);
let thread = thread::spawn(move || {
    let mut round = 0;
    loop {
        thread::sleep(period); // deaf to the signal for a whole period
        if stopped.load(Ordering::Relaxed) {
            break;
        }
        round += 1;
        tick(round);
    }
});
Ticker { stop, thread }
// ANSWER_END: start

// ANSWER: stop
self.stop.store(true, Ordering::Relaxed);
self.thread.join().expect("a tick panicked");
// ANSWER_END: stop
