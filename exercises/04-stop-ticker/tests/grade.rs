//! `stop` runs on a thread of its own (`grader::call`), so an answer that never returns fails its
//! test instead of hanging it.

use std::sync::Arc;
use std::sync::mpsc::{self, RecvTimeoutError, TryRecvError};
use std::thread;
use std::time::Duration;

use ex04_stop_ticker::Ticker;
use grader::{Gate, HOLD, call};

const WAIT: Duration = Duration::from_secs(2);

/// How long `stop` may take once nothing keeps the thread busy.
const PROMPT: Duration = Duration::from_millis(300);

/// How many ticks the tests note.
const MOST: u32 = 10;

const SIGNAL_FIRST: &str = "signal the thread *before* you join it (a Sender in a field is \
                            dropped only when stop returns: drop it yourself)";

#[test]
fn stop_waits_for_the_tick_in_progress_and_leaves_no_thread() {
    let (started_tx, started) = mpsc::channel::<u32>();
    let (finished_tx, finished) = mpsc::channel::<u32>();
    let held = Arc::new(Gate::new());
    let tick_3 = Arc::clone(&held);
    let ticker = Ticker::start(Duration::from_millis(5), move |round| {
        if round > MOST {
            return; // a ticker that never stops is caught without filling memory
        }
        let _ = started_tx.send(round);
        if round == 3 {
            tick_3.wait(); // tick 3 lasts until the test opens the gate
        }
        let _ = finished_tx.send(round);
    });
    let mut rounds = Vec::new();
    while rounds.last() != Some(&3) {
        match started.recv_timeout(WAIT) {
            Ok(round) if rounds.len() < 3 => rounds.push(round),
            Ok(_) => break,
            Err(RecvTimeoutError::Disconnected) => {
                panic!("the ticker thread ended before tick 3 (if it panicked: see above)")
            }
            Err(RecvTimeoutError::Timeout) => panic!(
                "no tick for 2 s with a 5 ms period: start should spawn a thread that calls tick \
                 every period"
            ),
        }
    }
    assert_eq!(rounds, [1, 2, 3], "the rounds are numbered 1, 2, 3, …");
    let stopper = call(move || ticker.stop());
    if stopper.returned_within(HOLD).is_some() {
        panic!(
            "stop() returned while tick 3 was still running: after the signal, join the thread \
             (dropping its JoinHandle detaches it, like Python's daemon=True)"
        );
    }
    held.open();
    stopper.within(
        WAIT,
        &format!(
            "stop() had not returned 2 s after tick 3 finished: {SIGNAL_FIRST}; and end the loop \
             on the signal (a closed channel, Disconnected, means stop, not tick)"
        ),
    );
    let last = started.try_iter().last().unwrap_or(3); // one more tick, if the signal came late
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
        if round <= MOST {
            let _ = tick_tx.send(round);
        }
    });
    thread::sleep(HOLD); // the thread now waits out its first period
    let stopped = call(move || ticker.stop()).within(
        WAIT,
        &format!(
            "stop() had not returned 2 s after it was called, with a 60 s period: the thread \
             sleeps through the signal (wait with recv_timeout(period) on the channel: it wakes \
             up as soon as the Sender is dropped), or never gets it: {SIGNAL_FIRST}"
        ),
    );
    assert!(
        stopped.took <= PROMPT,
        "stop() took {:?} with a 60 s period: the thread should wake up at the signal",
        stopped.took
    );
    assert_eq!(
        ticks.try_recv(),
        Err(TryRecvError::Disconnected),
        "no tick was due within 60 s, and the thread should have ended when stop() returned"
    );
}
