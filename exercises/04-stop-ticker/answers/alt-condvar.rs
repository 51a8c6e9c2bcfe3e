//! A flag under a `Mutex` and a `Condvar`, Python's `threading.Event` built by hand:
//! `wait_timeout_while` is `stop.wait(period)`, and `stop` raises the flag and wakes the thread.

// ANSWER: fields
/// The stop flag, and the condition variable that wakes the thread when it is raised.
stop: Arc<(Mutex<bool>, Condvar)>,
/// The thread.
thread: JoinHandle<()>,
// ANSWER_END: fields

// ANSWER: imports
use std::sync::{Arc, Condvar, Mutex};
use std::thread::{self, JoinHandle};
// ANSWER_END: imports

// ANSWER: start
let stop = Arc::new((Mutex::new(false), Condvar::new()));
let event = Arc::clone(&stop);
let thread = thread::spawn(move || {
    let (flag, woken) = &*event;
    let mut round = 0;
    loop {
        let stopped = flag.lock().unwrap();
        let (stopped, _) = woken
            .wait_timeout_while(stopped, period, |stopped| !*stopped)
            .unwrap();
        if *stopped {
            break;
        }
        drop(stopped); // not held while ticking
        round += 1;
        tick(round);
    }
});
Ticker { stop, thread }
// ANSWER_END: start

// ANSWER: stop
let (flag, woken) = &*self.stop;
*flag.lock().unwrap() = true;
woken.notify_all();
self.thread.join().expect("a tick panicked");
// ANSWER_END: stop
