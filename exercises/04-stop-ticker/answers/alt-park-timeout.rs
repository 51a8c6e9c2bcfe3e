//! An `AtomicBool` and `park_timeout`: the thread parks until its next tick is due, and `stop`
//! raises the flag, then unparks it. A wake-up for no reason only means one more look.

// ANSWER: fields
/// The stop flag.
stop: Arc<AtomicBool>,
/// The thread, which `stop` unparks.
thread: JoinHandle<()>,
// ANSWER_END: fields

// ANSWER: imports
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread::{self, JoinHandle};
use std::time::Instant;
// ANSWER_END: imports

// ANSWER: start
let stop = Arc::new(AtomicBool::new(false));
let stopped = Arc::clone(&stop);
let thread = thread::spawn(move || {
    let mut round = 0;
    loop {
        let due = Instant::now() + period;
        loop {
            if stopped.load(Ordering::Acquire) {
                return;
            }
            let now = Instant::now();
            if now >= due {
                break;
            }
            thread::park_timeout(due - now);
        }
        round += 1;
        tick(round);
    }
});
Ticker { stop, thread }
// ANSWER_END: start

// ANSWER: stop
self.stop.store(true, Ordering::Release);
self.thread.thread().unpark();
self.thread.join().expect("a tick panicked");
// ANSWER_END: stop
