//! Exercise 04-stop-ticker: a background thread that ticks until its owner stops it and waits
//! for it, where Python would use a daemon thread.
//! `cargo run -p practice -- check 04-stop-ticker` checks it.

// ANSWER: imports
use std::sync::mpsc::{self, RecvTimeoutError};
use std::thread::{self, JoinHandle};
// ANSWER_END: imports
use std::time::Duration;

/// A background thread that calls `tick(round)` every `period` (rounds 1, 2, 3, …) until
/// [`Ticker::stop`].
pub struct Ticker {
    // ANSWER: fields
    /// The stop signal: dropping it closes the channel the thread waits on.
    stop: mpsc::Sender<()>,
    /// The thread.
    thread: JoinHandle<()>,
    // ANSWER_END: fields
}

impl Ticker {
    /// Starts the thread: it waits `period`, calls `tick(1)`, waits `period`, calls `tick(2)`,
    /// and so on, until it is stopped.
    pub fn start(period: Duration, mut tick: impl FnMut(u32) + Send + 'static) -> Ticker {
        // ANSWER: start
        let (stop, stopped) = mpsc::channel::<()>();
        let thread = thread::spawn(move || {
            let mut round = 0;
            // Python's `while not stop.wait(period)`: a timeout means "tick again"; a closed
            // channel means "stop", and it wakes the thread at once.
            while let Err(RecvTimeoutError::Timeout) = stopped.recv_timeout(period) {
                round += 1;
                tick(round);
            }
        });
        Ticker { stop, thread }
        // ANSWER_END: start
    }

    /// Stops the thread and waits for it: returns promptly, once the tick in progress (if any)
    /// has finished and the thread has ended.
    pub fn stop(self) {
        // ANSWER: stop
        drop(self.stop); // the signal first ...
        self.thread.join().expect("a tick panicked"); // ... then the wait
        // ANSWER_END: stop
    }
}
