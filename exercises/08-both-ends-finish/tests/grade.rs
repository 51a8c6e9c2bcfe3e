//! `pipeline` runs under `grader::within`, so an end that never finishes fails its test instead
//! of hanging it. The tests play seed 004's `random.randint` (`make`) and the consumer's work
//! (`handle`), and hold one of them back to make the schedule that breaks a wrong answer
//! certain.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering::SeqCst};
use std::sync::mpsc;
use std::time::Duration;

use ex08_both_ends_finish::pipeline;
use grader::{Meeting, within};

/// How long a test waits for `pipeline` once nothing holds it back.
const LIMIT: Duration = Duration::from_secs(2);

/// How long the producer pauses over a message in [`a_producer_that_pauses_has_not_finished`].
const PAUSE: Duration = Duration::from_secs(2);

/// Messages are any `u32`, `0` and `u32::MAX` included.
const STREAM: [u32; 8] = [7, 0, 42, u32::MAX, 1, 0, 2, 3];

#[test]
fn every_message_is_taken_once_in_order_whatever_its_value() {
    let stuck = "the producer made its 8 messages and saw `stop`, but the consumer has not \
                 returned: does it learn that nothing more will come? Give the Sender to the \
                 producer's thread (`move`), so that it is dropped when the producer returns";
    let taken = within(LIMIT, stuck, || {
        let stop = AtomicBool::new(false);
        let mut made = 0;
        let make = || {
            let message = STREAM.get(made).copied().unwrap_or(1000);
            made += 1;
            if made == STREAM.len() {
                stop.store(true, SeqCst); // event.set(): this message is the last
            }
            message
        };
        pipeline(4, &stop, make, |_| true)
    });
    assert_eq!(
        taken, STREAM,
        "the producer made {STREAM:?} before it saw `stop`: the consumer takes each exactly \
         once, in order. Any u32 is a message, 0 and u32::MAX too: no value of the messages \
         can also mean \"the end\". (A consumer that decides from `stop` that the stream is \
         over can also leave before the last message arrives)"
    );
}

#[test]
fn a_full_queue_holds_the_producer_back() {
    const CAPACITY: u32 = 3;
    let stuck = "the producer made 20 messages and saw `stop`; one end is still waiting";
    let (early, taken) = within(LIMIT + Meeting::PATIENCE, stuck, || {
        let stop = AtomicBool::new(false);
        // The consumer is busy with message 1 until the producer makes message 6, if it can.
        let busy = Meeting::new(2);
        let mut made = 0;
        let make = || {
            made += 1;
            if made == CAPACITY + 3 {
                busy.pause();
            }
            if made == 20 {
                stop.store(true, SeqCst);
            }
            made
        };
        let handle = |message| {
            if message == 1 {
                busy.pause();
            }
            true
        };
        let taken = pipeline(CAPACITY as usize, &stop, make, handle);
        (busy.met(), taken)
    });
    assert!(
        !early,
        "the producer made message {} while the consumer was still busy with message 1: a \
         queue of capacity {CAPACITY} lets it make at most {} (one being handled, {CAPACITY} \
         queued, one waiting in send). Keep `bounded(capacity)`: back-pressure",
        CAPACITY + 3,
        CAPACITY + 2
    );
    assert_eq!(
        taken,
        (1..=20).collect::<Vec<_>>(),
        "the producer made 1..=20 before it saw `stop`: the consumer takes each once, in order \
         (one that decides from `stop` that the stream is over can leave before the last \
         message arrives)"
    );
}

#[test]
fn when_the_consumer_fails_the_producer_stops_too() {
    /// A producer still making messages this long after the consumer failed has not noticed.
    const RAN_ON: usize = 20;
    let stuck = "the consumer failed on message 3 and stopped, and the producer is still \
                 waiting, in send() on a full queue that nobody will ever empty (seed 004's \
                 bug): let the consumer own the Receiver, so that it is dropped when the \
                 consumer stops, and stop the producer when send() fails";
    let (after, taken) = within(LIMIT, stuck, || {
        let stop = AtomicBool::new(false); // set only for a producer that runs on
        let failed = AtomicBool::new(false);
        let after = AtomicUsize::new(0);
        let mut made = 0;
        let make = || {
            made += 1;
            if failed.load(SeqCst) && after.fetch_add(1, SeqCst) + 1 >= RAN_ON {
                stop.store(true, SeqCst);
            }
            made
        };
        let handle = |message| {
            let fine = message < 3;
            failed.store(!fine, SeqCst);
            fine
        };
        let taken = pipeline(3, &stop, make, handle);
        (after.load(SeqCst), taken)
    });
    assert!(
        after < RAN_ON,
        "the consumer failed on message 3 and stopped, and the producer went on making \
         messages ({after} more, then the test set `stop` for it): send() returns Err once \
         every Receiver is dropped; stop then"
    );
    assert_eq!(
        taken,
        [1, 2, 3],
        "the consumer takes 1, 2 and 3, fails on 3 and stops"
    );
}

/// Tells its channel when dropped. `handle` owns one, so it says the consumer has returned.
struct Gone(mpsc::Sender<()>);

impl Drop for Gone {
    fn drop(&mut self) {
        let _ = self.0.send(());
    }
}

#[test]
fn a_producer_that_pauses_has_not_finished() {
    let stuck = "stop was set after the producer made its last message; one end is still \
                 waiting";
    let (left_early, taken) = within(PAUSE + LIMIT, stuck, || {
        let stop = AtomicBool::new(false);
        let left_early = AtomicBool::new(false);
        let (entered, handling_2) = mpsc::channel();
        let (go, gate) = mpsc::channel::<()>();
        let (gone, consumer_gone) = mpsc::channel();
        let gone = Gone(gone);
        let (stopper, left) = (&stop, &left_early);
        let mut made = 0;
        let make = move || {
            made += 1;
            if made == 3 {
                // The producer has passed its check of `stop`. While the consumer is busy with
                // message 2, the event is set; the consumer finishes 2; the producer takes its
                // time over message 3, and notes whether the consumer left meanwhile.
                let _ = handling_2.recv_timeout(LIMIT);
                stopper.store(true, SeqCst);
                let _ = go.send(());
                left.store(consumer_gone.recv_timeout(PAUSE).is_ok(), SeqCst);
            }
            made
        };
        let handle = move |message| {
            let _owned = &gone;
            if message == 2 {
                let _ = entered.send(());
                let _ = gate.recv_timeout(LIMIT);
            }
            true
        };
        let taken = pipeline(3, &stop, make, handle);
        (left_early.load(SeqCst), taken)
    });
    assert!(
        !left_early,
        "the consumer returned while the producer, past its check of `stop`, was still making \
         message 3 (it took {PAUSE:?} over it): stop was set and the queue was empty, or the \
         producer was quiet, and the consumer took that for the end. It is a guess: only the \
         producer knows it is done. Let the end come through the channel (the producer drops \
         its Sender) and read until then, whatever `stop` says and however long it takes"
    );
    assert_eq!(
        taken,
        [1, 2, 3],
        "message 3 was made before stop was set (the producer had passed its check) and sent \
         after: the consumer takes 1, 2 and 3"
    );
}
