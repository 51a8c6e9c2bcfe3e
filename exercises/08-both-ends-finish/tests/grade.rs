//! `pipeline` runs on a thread of its own and each test waits for it with a timeout, so an
//! answer in which either end never finishes fails the test instead of hanging it. The tests
//! play both the seed's `random.randint` (`make`) and the consumer's work (`handle`), and hold
//! either one back to force the schedule that breaks the seed.

use std::sync::atomic::{AtomicBool, AtomicU32, Ordering::SeqCst};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Duration;

use ex08_both_ends_finish::pipeline;

/// Past this, an end that has not finished is stuck.
const STUCK: Duration = Duration::from_secs(2);

/// A `make` that returns 1, 2, 3, ... and counts how many it made in `made`.
fn counting(made: &Arc<AtomicU32>) -> impl FnMut() -> u32 + Send + 'static {
    let made = Arc::clone(made);
    move || made.fetch_add(1, SeqCst) + 1
}

/// Starts `pipeline(capacity, stop, make, handle)` on a thread of its own; what it returns
/// arrives on the returned channel.
fn start(
    capacity: usize,
    stop: &Arc<AtomicBool>,
    make: impl FnMut() -> u32 + Send + 'static,
    handle: impl FnMut(u32) -> bool + Send + 'static,
) -> Receiver<Vec<u32>> {
    let (done, result) = mpsc::channel();
    let stop = Arc::clone(stop);
    thread::spawn(move || {
        let _ = done.send(pipeline(capacity, &stop, make, handle));
    });
    result
}

/// What `pipeline` returned, or a failed test saying why it is stuck. Either way `stop` is set
/// afterwards, so that a producer that only stops on it does not run on.
fn finished(
    result: &Receiver<Vec<u32>>,
    stop: &AtomicBool,
    stuck: impl FnOnce() -> String,
) -> Vec<u32> {
    let outcome = result.recv_timeout(STUCK);
    let why = match outcome {
        Ok(_) => String::new(),
        Err(RecvTimeoutError::Timeout) => stuck(),
        Err(RecvTimeoutError::Disconnected) => String::new(),
    };
    stop.store(true, SeqCst);
    match outcome {
        Ok(taken) => taken,
        Err(RecvTimeoutError::Disconnected) => panic!("pipeline() panicked (see above)"),
        Err(RecvTimeoutError::Timeout) => {
            panic!("pipeline() had not returned after {STUCK:?}: {why}")
        }
    }
}

#[test]
fn every_message_is_consumed_once_in_order_and_both_ends_finish() {
    let stop = Arc::new(AtomicBool::new(false));
    let made = Arc::new(AtomicU32::new(0));
    let mut next = counting(&made);
    let stopper = Arc::clone(&stop);
    let make = move || {
        let message = next();
        if message == 50 {
            stopper.store(true, SeqCst); // event.set(): message 50 is the last
        }
        message
    };
    let handled = Arc::new(Mutex::new(Vec::new()));
    let record = Arc::clone(&handled);
    let handle = move |message| {
        record.lock().unwrap().push(message);
        true
    };
    let taken = finished(&start(4, &stop, make, handle), &stop, || {
        "the producer made its 50 messages and stopped, but the consumer is still waiting: \
         does it learn that nothing more will come? (The Sender must be dropped when the \
         producer is done: move it into the producer's thread.)"
            .to_string()
    });
    assert_eq!(
        taken,
        (1..=50).collect::<Vec<_>>(),
        "the producer made 1..=50 before it saw stop; the consumer should take each exactly \
         once, in order"
    );
    assert_eq!(
        *handled.lock().unwrap(),
        taken,
        "each message taken is handled"
    );
}

#[test]
fn a_full_queue_makes_the_producer_wait() {
    let stop = Arc::new(AtomicBool::new(false));
    let made = Arc::new(AtomicU32::new(0));
    let mut next = counting(&made);
    let stopper = Arc::clone(&stop);
    let make = move || {
        let message = next();
        if message >= 1000 {
            stopper.store(true, SeqCst); // enough to prove the point
        }
        message
    };
    let (entered, handling) = mpsc::channel();
    let (release, gate) = mpsc::channel::<()>();
    let handle = move |message| {
        if message == 1 {
            let _ = entered.send(());
            let _ = gate.recv_timeout(Duration::from_secs(5)); // busy until the test releases it
        }
        true
    };
    let result = start(3, &stop, make, handle);
    if handling.recv_timeout(STUCK).is_err() {
        stop.store(true, SeqCst);
        panic!("the consumer never got message 1 (did pipeline start both threads?)");
    }
    thread::sleep(Duration::from_millis(150)); // the producer runs on while message 1 is handled
    let made_meanwhile = made.load(SeqCst);
    stop.store(true, SeqCst);
    drop(release);
    assert!(
        made_meanwhile <= 5,
        "the producer made {made_meanwhile} messages while the consumer was busy with the \
         first: with a queue of capacity 3 it should wait in send() after 5 (one being handled, \
         three queued, one being sent). Use crossbeam_channel::bounded(capacity): back-pressure"
    );
    let taken = finished(&result, &stop, || {
        "stop was set and the consumer released; one end is still waiting".to_string()
    });
    let made = made.load(SeqCst);
    assert_eq!(
        taken,
        (1..=made).collect::<Vec<_>>(),
        "every message made should be consumed, once, in order: a consumer that decides from \
         `stop` that the stream is over can leave before the last one arrives"
    );
}

#[test]
fn when_the_consumer_stops_early_the_producer_stops_too() {
    let stop = Arc::new(AtomicBool::new(false)); // never set while the test waits
    let made = Arc::new(AtomicU32::new(0));
    let handle = |message| message < 3; // it fails on message 3, and stops
    let result = start(3, &stop, counting(&made), handle);
    let counted = Arc::clone(&made);
    let taken = finished(&result, &stop, move || {
        let made = counted.load(SeqCst);
        if made > 20 {
            format!(
                "the consumer stopped at message 3, and the producer kept going ({made} \
                 messages made): send() returns Err once every Receiver is dropped; stop then"
            )
        } else {
            format!(
                "the consumer stopped at message 3, and the producer is stuck after {made} \
                 messages, in send() on a full queue that nobody will ever empty (the seed's \
                 bug 2). Let the consumer own the Receiver, so that it is dropped when the \
                 consumer stops, and stop the producer when send() fails"
            )
        }
    });
    assert_eq!(
        taken,
        [1, 2, 3],
        "the consumer takes 1, 2 and 3, fails on 3 and stops"
    );
}

#[test]
fn a_message_made_as_stop_is_set_still_arrives() {
    let stop = Arc::new(AtomicBool::new(false));
    let (entered, handling_2) = mpsc::channel();
    let (release, gate) = mpsc::channel::<()>();
    let handle = move |message| {
        if message == 2 {
            let _ = entered.send(());
            let _ = gate.recv_timeout(Duration::from_secs(5));
        }
        true
    };
    let stopper = Arc::clone(&stop);
    let mut made = 0;
    let make = move || {
        made += 1;
        if made == 3 {
            // The producer passed its check of `stop`. Now, while the consumer is busy with
            // message 2, the event is set; the consumer finishes 2, and only later does the
            // producer put message 3.
            let _ = handling_2.recv_timeout(Duration::from_secs(5));
            stopper.store(true, SeqCst);
            let _ = release.send(());
            thread::sleep(Duration::from_millis(200));
        }
        made
    };
    let taken = finished(&start(3, &stop, make, handle), &stop, || {
        "stop was set after the producer made its last message; one end is still waiting"
            .to_string()
    });
    assert_eq!(
        taken,
        [1, 2, 3],
        "message 3 was made before stop was set (the producer had passed its check) and sent \
         after: the consumer must take it. It left because stop was set and the queue was empty \
         for a moment (the seed's bug 3). Only the producer knows it is done: let the end come \
         through the channel (the producer drops its Sender) and have the consumer ignore stop"
    );
}
