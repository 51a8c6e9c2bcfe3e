//! Exercise 04-stop-ticker: a background thread that ticks until its owner stops it and waits
//! for it, where Python would use a daemon thread.
//! `cargo run -p practice -- check 04-stop-ticker` checks it.

use std::sync::mpsc;
use std::thread::JoinHandle;
use std::time::Duration;

/// A background thread that calls `tick(round)` every `period` (rounds 1, 2, 3, …) until
/// [`Ticker::stop`].
pub struct Ticker {
    /// The stop signal: dropping it closes the channel the thread waits on.
    stop: mpsc::Sender<()>,
    /// The thread.
    thread: JoinHandle<()>,
}

impl Ticker {
    /// Starts the thread: it waits `period`, calls `tick(1)`, waits `period`, calls `tick(2)`,
    /// and so on, until it is stopped.
    pub fn start(period: Duration, tick: impl FnMut(u32) + Send + 'static) -> Ticker {
        let _ = (period, tick);
        todo!("start a thread that ticks every period until it gets the stop signal")
    }

    /// Stops the thread and waits for it: returns promptly, once the tick in progress (if any)
    /// has finished and the thread has ended.
    pub fn stop(self) {
        let _ = (self.stop, self.thread);
        todo!("signal the thread, then wait for it")
    }
}
