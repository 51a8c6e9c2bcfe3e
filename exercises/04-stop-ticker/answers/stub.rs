//! What the learner starts from.

// ANSWER: imports
use std::sync::mpsc;
use std::thread::JoinHandle;
// ANSWER_END: imports

// ANSWER: ticker
pub struct Ticker {
    /// The stop signal: dropping it closes the channel the thread waits on.
    stop: mpsc::Sender<()>,
    /// The thread.
    thread: JoinHandle<()>,
}
// ANSWER_END: ticker

// ANSWER: ticker-2
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
// ANSWER_END: ticker-2
