//! It numbers the rounds from 0, as Python's `range` would: the first tick is `tick(0)`.
//! caught: assertion

// ANSWER: start
let (stop, stopped) = mpsc::channel::<()>();
let thread = thread::spawn(move || {
    let mut round = 0;
    while let Err(RecvTimeoutError::Timeout) = stopped.recv_timeout(period) {
        tick(round);
        round += 1;
    }
});
Ticker { stop, thread }
// ANSWER_END: start
