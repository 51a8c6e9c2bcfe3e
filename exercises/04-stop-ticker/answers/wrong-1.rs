//! The thread sleeps a whole `period` and then checks a stop flag, so with a long period `stop`
//! waits as long.
//! caught: assertion

// ANSWER: imports
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread::{self, JoinHandle};
// ANSWER_END: imports

// ANSWER: ticker
pub struct Ticker {
    /// The stop signal: a flag the thread checks after each sleep.
    stop: Arc<AtomicBool>,
    /// The thread.
    thread: JoinHandle<()>,
}
// ANSWER_END: ticker

// ANSWER: ticker-2
impl Ticker {
    /// Starts the thread: it waits `period`, calls `tick(1)`, waits `period`, calls `tick(2)`,
    /// and so on, until it is stopped.
    pub fn start(period: Duration, mut tick: impl FnMut(u32) + Send + 'static) -> Ticker {
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
    }

    /// Sets the flag and waits for the thread to see it.
    pub fn stop(self) {
        self.stop.store(true, Ordering::Relaxed);
        self.thread.join().expect("a tick panicked");
    }
}
// ANSWER_END: ticker-2
