//! The thread sleeps a whole `period`, then looks whether the channel was closed: with a long
//! period, `stop` waits as long.
//! caught: bound

// ANSWER: imports
use std::sync::mpsc::{self, TryRecvError};
use std::thread::{self, JoinHandle};
// ANSWER_END: imports

// ANSWER: start
let (stop, stopped) = mpsc::channel::<()>();
let thread = thread::spawn(move || {
    for round in 1.. {
        thread::sleep(period); // deaf to the signal for a whole period
        if stopped.try_recv() != Err(TryRecvError::Empty) {
            break;
        }
        tick(round);
    }
});
Ticker { stop, thread }
// ANSWER_END: start
