//! The thread ticks first and waits after: `tick(1)` comes at once, not after the first period.
//! caught: assertion

// ANSWER: start
let (stop, stopped) = mpsc::channel::<()>();
let thread = thread::spawn(move || {
    let mut round = 1;
    loop {
        tick(round);
        round += 1;
        if let Err(RecvTimeoutError::Disconnected) = stopped.recv_timeout(period) {
            break;
        }
    }
});
Ticker { stop, thread }
// ANSWER_END: start
