//! The thread ticks on any error from `recv_timeout`, `Disconnected` too: once `stop` closes the
//! channel, every wait fails at once and it ticks without end, so `join` never returns.
//! caught: bound

// ANSWER: start
let (stop, stopped) = mpsc::channel::<()>();
let thread = thread::spawn(move || {
    let mut round = 0;
    while stopped.recv_timeout(period).is_err() {
        round += 1;
        tick(round);
    }
});
let _ = RecvTimeoutError::Timeout;
Ticker { stop, thread }
// ANSWER_END: start
