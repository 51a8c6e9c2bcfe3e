//! `listen` runs under a time limit, so an answer that never returns (or spins on a closed
//! channel) fails its test instead of hanging it. No test waits on luck: feeds are filled
//! before `listen` starts, or fed through zero-capacity channels, whose `send` waits until
//! `listen` takes the message.

use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

use crossbeam_channel::{Receiver, bounded, unbounded};
use ex08_select_two_feeds::{Heard, listen};
use grader::{Meeting, within};

/// How long a test waits for `listen` once it has all it needs to return.
const LIMIT: Duration = Duration::from_secs(2);

const SPINS: &str = "both feeds were closed. A closed channel is always ready: select! picks it \
                     again and again, and default(idle) never fires. Count the feeds still open, \
                     swap a closed one for crossbeam_channel::never(), and return when none is";

/// What `listen(a, b, idle)` heard and how long it took, or a failed test saying `stuck`.
fn listened(
    a: Receiver<u32>,
    b: Receiver<u32>,
    idle: Duration,
    stuck: &str,
) -> (Vec<Heard>, Duration) {
    within(idle + LIMIT, stuck, move || {
        let begun = Instant::now();
        let heard = listen(a, b, idle);
        (heard, begun.elapsed())
    })
}

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
    let from = |feed: fn(&Heard) -> bool| heard.iter().copied().filter(feed).collect::<Vec<_>>();
    assert_eq!(
        (
            from(|h| matches!(h, Heard::A(_))),
            from(|h| matches!(h, Heard::B(_))),
            heard.len()
        ),
        (
            (1..=20).map(Heard::A).collect(),
            (101..=120).map(Heard::B).collect(),
            40
        ),
        "every message of both feeds, each feed's in order, and nothing else (both feeds were \
         closed, so no Silence)"
    );
}

#[test]
fn a_closed_feed_does_not_end_the_listening() {
    let (a_tx, a) = unbounded::<u32>();
    drop(a_tx); // feed a is over before it said anything
    let (b_tx, b) = bounded(0); // each send waits until listen takes the message
    let (done, result) = mpsc::channel();
    thread::spawn(move || {
        let _ = done.send(listen(a, b, Duration::from_secs(2)));
    });
    // Feed b stays quiet until listen has had a good chance to give up on it.
    match result.recv_timeout(Meeting::PATIENCE) {
        Ok(heard) => panic!(
            "listen returned {heard:?} while feed b was open and had not said anything yet (feed \
             a was closed): when one feed closes, keep listening to the other"
        ),
        Err(mpsc::RecvTimeoutError::Disconnected) => panic!("listen() panicked (see above)"),
        Err(mpsc::RecvTimeoutError::Timeout) => {} // still listening, as it should
    }
    for n in 1..=3 {
        b_tx.send_timeout(n, LIMIT).unwrap_or_else(|_| {
            panic!("listen did not take feed b's message {n} within {LIMIT:?}")
        });
    }
    drop(b_tx);
    let heard = result.recv_timeout(LIMIT).unwrap_or_else(|_| {
        panic!("listen had not returned {LIMIT:?} after both feeds closed: {SPINS}")
    });
    assert_eq!(
        heard,
        [Heard::B(1), Heard::B(2), Heard::B(3)],
        "feed a was closed from the start, and b sent 1, 2, 3, then closed"
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
        "both feeds were open and quiet after one message: give up after `idle` (100 ms) \
         without a message (select!'s default(idle) arm)",
    );
    drop((a_tx, b_tx)); // the feeds stayed open until listen gave up
    assert_eq!(
        heard,
        [Heard::A(7), Heard::Silence],
        "one message from a, then nothing from either for longer than idle"
    );
    assert!(
        took >= idle,
        "listen() reported Silence after {took:?}, before idle (100 ms)"
    );
}

#[test]
fn a_talking_feed_is_never_silence() {
    let idle = Duration::from_millis(400);
    let (a_tx, a) = bounded::<u32>(0); // open and quiet until b is done
    let (b_tx, b) = bounded(0); // each send waits until listen takes the message
    let feed = thread::spawn(move || {
        // b talks for twice idle, a message every millisecond or so, then both close.
        let begun = Instant::now();
        let mut sent = 0;
        while begun.elapsed() < idle * 2 && b_tx.send(sent + 1).is_ok() {
            sent += 1;
            thread::sleep(Duration::from_millis(1));
        }
        drop(a_tx);
        sent
    });
    let (heard, _) = listened(
        a,
        b,
        idle,
        &format!("feed b talked for {:?}, then {SPINS}", idle * 2),
    );
    let sent = feed.join().expect("the feed thread");
    if let Some(at) = heard.iter().position(|h| *h == Heard::Silence) {
        panic!(
            "listen() gave up (Silence) after {at} messages, though b sent one every \
             millisecond or so and idle is 400 ms: listen to both feeds at once, and count idle \
             from the last message, not from the start (select!'s default(idle) does both)"
        );
    }
    assert_eq!(
        heard,
        (1..=sent).map(Heard::B).collect::<Vec<_>>(),
        "all {sent} of b's messages, in order"
    );
}
