//! `listen` runs on a thread of its own and each test waits for it with a timeout, so an answer
//! that never returns (or spins on a closed channel) fails the test instead of hanging it.

use std::sync::mpsc::{self, RecvTimeoutError};
use std::thread;
use std::time::{Duration, Instant};

use crossbeam_channel::{Receiver, unbounded};
use ex08_select_two_feeds::{Heard, listen};

/// Runs `listen(a, b, idle)` on a thread of its own; returns what it heard and how long it
/// took, or fails the test, saying `stuck`, if it has not returned after 2 s.
fn listened(
    a: Receiver<u32>,
    b: Receiver<u32>,
    idle: Duration,
    stuck: &str,
) -> (Vec<Heard>, Duration) {
    let (done, result) = mpsc::channel();
    thread::spawn(move || {
        let begun = Instant::now();
        let heard = listen(a, b, idle);
        let _ = done.send((heard, begun.elapsed()));
    });
    match result.recv_timeout(Duration::from_secs(2)) {
        Ok(outcome) => outcome,
        Err(RecvTimeoutError::Disconnected) => panic!("listen() panicked (see above)"),
        Err(RecvTimeoutError::Timeout) => panic!("listen() had not returned after 2 s: {stuck}"),
    }
}

const SPINS: &str = "both feeds were closed. A closed channel is always ready: select! picks it \
                     again and again, and default(idle) never fires. Count the feeds still open, \
                     swap a closed one for crossbeam_channel::never(), and return when none is";

#[test]
fn every_message_from_both_feeds_in_order() {
    let (a_tx, a) = unbounded();
    let (b_tx, b) = unbounded();
    for n in 1..=20 {
        a_tx.send(n).unwrap();
        b_tx.send(100 + n).unwrap();
    }
    drop((a_tx, b_tx)); // both feeds are over, their messages still queued
    let (heard, _) = listened(a, b, Duration::from_secs(1), SPINS);
    let from_a: Vec<Heard> = heard
        .iter()
        .copied()
        .filter(|h| matches!(h, Heard::A(_)))
        .collect();
    let from_b: Vec<Heard> = heard
        .iter()
        .copied()
        .filter(|h| matches!(h, Heard::B(_)))
        .collect();
    assert_eq!(
        (from_a, from_b, heard.len()),
        (
            (1..=20).map(Heard::A).collect(),
            (101..=120).map(Heard::B).collect(),
            40
        ),
        "every message of both feeds, each feed's in order, and nothing else (both feeds were \
         closed, so no Silence): a feed that is closed may leave the other with messages to hear"
    );
}

#[test]
fn a_closed_feed_does_not_end_the_listening() {
    let (a_tx, a) = unbounded::<u32>();
    let (b_tx, b) = unbounded();
    drop(a_tx); // feed a is over before it said anything
    thread::spawn(move || {
        for n in 1..=3 {
            thread::sleep(Duration::from_millis(20));
            let _ = b_tx.send(n);
        }
    }); // then feed b is over too
    let (heard, _) = listened(a, b, Duration::from_secs(1), SPINS);
    assert_eq!(
        heard,
        [Heard::B(1), Heard::B(2), Heard::B(3)],
        "feed a was closed from the start, and b sent 1, 2, 3: when one feed closes, keep \
         listening to the other until it closes too"
    );
}

#[test]
fn silence_ends_the_listening() {
    let (a_tx, a) = unbounded();
    let (b_tx, b) = unbounded::<u32>();
    a_tx.send(7).unwrap();
    let idle = Duration::from_millis(100);
    let (heard, took) = listened(
        a,
        b,
        idle,
        "both feeds were open and silent after one message: give up after `idle` (100 ms) \
         without a message, with a default(idle) arm",
    );
    drop((a_tx, b_tx)); // the feeds stayed open until listen gave up
    assert_eq!(
        heard,
        [Heard::A(7), Heard::Silence],
        "one message from a, then nothing from either for longer than idle"
    );
    assert!(
        took >= idle,
        "listen() reported Silence after {took:?}, before idle (100 ms) had passed"
    );
}

#[test]
fn a_steady_feed_is_never_silence() {
    let (a_tx, a) = unbounded::<u32>();
    let (b_tx, b) = unbounded();
    thread::spawn(move || {
        for n in 1..=25 {
            thread::sleep(Duration::from_millis(20));
            let _ = b_tx.send(n);
        }
        drop(a_tx); // a stays open and quiet until b is done
    });
    let (heard, _) = listened(
        a,
        b,
        Duration::from_millis(300),
        &format!("feed b sent 25 messages, 20 ms apart, then {SPINS}"),
    );
    if let Some(at) = heard.iter().position(|h| *h == Heard::Silence) {
        panic!(
            "listen() gave up (Silence) after {at} messages, though b sent one every 20 ms and \
             idle is 300 ms: listen to both feeds at once (select!), and count idle from the \
             last message, not from the start (default(idle) does both)"
        );
    }
    assert_eq!(
        heard,
        (1..=25).map(Heard::B).collect::<Vec<_>>(),
        "all 25 of b's messages"
    );
}
