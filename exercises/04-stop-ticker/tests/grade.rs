//! `stop` runs on a helper thread and each test waits for it with a timeout of its own, so an
//! answer that never returns fails the test instead of hanging it.

use std::sync::mpsc::{self, RecvTimeoutError, TryRecvError};
use std::thread;
use std::time::{Duration, Instant};

use ex04_stop_ticker::Ticker;

const WAIT: Duration = Duration::from_secs(2);

/// Calls `ticker.stop()` on a helper thread; how long it took arrives on the returned channel.
fn stop_in_background(ticker: Ticker) -> mpsc::Receiver<Duration> {
    let (report, stopped) = mpsc::channel();
    thread::spawn(move || {
        let asked = Instant::now();
        ticker.stop();
        let _ = report.send(asked.elapsed());
    });
    stopped
}

#[test]
fn stop_waits_for_the_tick_in_progress_and_leaves_no_thread() {
    let (started_tx, started) = mpsc::channel::<u32>();
    let (finished_tx, finished) = mpsc::channel::<u32>();
    let (release, gate) = mpsc::channel::<()>();
    let ticker = Ticker::start(Duration::from_millis(5), move |round| {
        let _ = started_tx.send(round);
        if round == 3 {
            let _ = gate.recv(); // tick 3 lasts until the test releases it
        }
        let _ = finished_tx.send(round);
    });
    loop {
        match started.recv_timeout(WAIT) {
            Ok(3) => break, // tick 3 is in progress
            Ok(_) => {}
            Err(RecvTimeoutError::Disconnected) => {
                panic!("the ticker thread ended before tick 3 (if it panicked: see above)")
            }
            Err(RecvTimeoutError::Timeout) => panic!(
                "no tick for 2 s with a 5 ms period: start should spawn a thread that calls tick \
                 every period"
            ),
        }
    }
    let stopped = stop_in_background(ticker);
    match stopped.recv_timeout(Duration::from_millis(300)) {
        Err(RecvTimeoutError::Timeout) => {} // right: stop waits for tick 3
        Ok(_) => panic!(
            "stop() returned while tick 3 was still running: after the signal, join the thread \
             (dropping its JoinHandle detaches it, like Python's daemon=True)"
        ),
        Err(RecvTimeoutError::Disconnected) => panic!("stop() panicked: see above"),
    }
    release.send(()).expect("tick 3 waits for the test");
    match stopped.recv_timeout(WAIT) {
        Ok(_) => {}
        Err(RecvTimeoutError::Disconnected) => panic!("stop() panicked: see above"),
        Err(RecvTimeoutError::Timeout) => panic!(
            "stop() had not returned 2 s after tick 3 finished: signal the thread *before* you \
             join it (a Sender in a field is dropped only when stop returns: drop it yourself)"
        ),
    }
    let last = started.try_iter().last().unwrap_or(3); // more ticks, if the signal came late
    let done: Vec<u32> = finished.try_iter().collect();
    assert_eq!(
        done,
        (1..=last).collect::<Vec<_>>(),
        "every tick that started should have finished before stop() returned"
    );
    assert_eq!(
        started.try_recv(),
        Err(TryRecvError::Disconnected),
        "stop() returned, but the ticker thread still holds its tick closure: it is still running"
    );
}

#[test]
fn stop_returns_promptly_even_with_a_long_period() {
    let (tick_tx, ticks) = mpsc::channel::<u32>();
    let ticker = Ticker::start(Duration::from_secs(60), move |round| {
        let _ = tick_tx.send(round);
    });
    thread::sleep(Duration::from_millis(20)); // the thread now waits out its first period
    match stop_in_background(ticker).recv_timeout(WAIT) {
        Ok(took) => assert!(
            took < Duration::from_secs(1),
            "stop() took {took:?} with a 60 s period: the thread should wake up at the signal"
        ),
        Err(RecvTimeoutError::Disconnected) => panic!("stop() panicked: see above"),
        Err(RecvTimeoutError::Timeout) => panic!(
            "stop() had not returned 2 s after it was called, with a 60 s period: the thread \
             sleeps through the signal (or never gets one). Wait with recv_timeout(period) on \
             the channel: it wakes up as soon as the Sender is dropped"
        ),
    }
    assert_eq!(
        ticks.try_recv(),
        Err(TryRecvError::Disconnected),
        "no tick was due within 60 s, and the thread should have ended when stop() returned"
    );
}
