//! `stop` signals the thread but does not wait for it. Dropping the `JoinHandle` detaches the
//! thread, like `daemon=True`: the tick in progress may still be running when `stop` returns.
//! caught: assertion

// ANSWER: ticker-2
impl Ticker {
    /// Starts the thread: it waits `period`, calls `tick(1)`, waits `period`, calls `tick(2)`,
    /// and so on, until it is stopped.
    pub fn start(period: Duration, mut tick: impl FnMut(u32) + Send + 'static) -> Ticker {
        let (stop, stopped) = mpsc::channel::<()>();
        let thread = thread::spawn(move || {
            let mut round = 0;
            while let Err(RecvTimeoutError::Timeout) = stopped.recv_timeout(period) {
                round += 1;
                tick(round);
            }
        });
        Ticker { stop, thread }
    }

    /// Signals the thread, and does not wait for it.
    pub fn stop(self) {
        drop(self.stop);
        drop(self.thread); // detached, not stopped
    }
}
// ANSWER_END: ticker-2
