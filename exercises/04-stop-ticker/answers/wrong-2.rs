//! `stop` joins without signalling first. The `stop` field is dropped only when `stop` returns,
//! which it never does: the thread waits for a signal that never comes, and `join` waits for the
//! thread.
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

    /// Waits for the thread, which was never told to stop.
    pub fn stop(self) {
        self.thread.join().expect("a tick panicked");
    }
}
// ANSWER_END: ticker-2
