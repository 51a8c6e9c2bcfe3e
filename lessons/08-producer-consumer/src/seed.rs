//! Seed 004, line by line, its consumer hang, and two fixes.
//!
//! ```python
//! def producer(queue, event):
//!     while not event.is_set():
//!         message = random.randint(1, 101)
//!         queue.put(message)
//!
//! def consumer(queue, event):
//!     while not (event.is_set() and queue.empty()):
//!         message = queue.get()
//! ```
//!
//! The seed's `Event` is an `AtomicBool` here (`set()` is `store(true)`, `is_set()` is `load`),
//! and its messages are numbered 1, 2, 3... instead of random, so a test can tell which arrived.

use std::sync::atomic::{AtomicBool, Ordering::SeqCst};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

use crossbeam_channel::{Receiver, Sender};

use crate::Queue;

// ANCHOR: seed_producer
/// Seed 004's producer: puts messages until the event is set. `pause` runs after each put: in
/// the seed it does nothing; a real producer (a sensor read every second, a page fetched) waits
/// there for its next message. Returns how many messages it put.
pub fn seed_producer(queue: &Queue<u32>, event: &AtomicBool, mut pause: impl FnMut()) -> u32 {
    let mut message = 0;
    while !event.load(SeqCst) {
        message += 1;
        let _ = queue.put(message); // the seed never closes its queue, so this never fails
        pause();
    }
    message
}
// ANCHOR_END: seed_producer

/// How seed 004's consumer ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeedConsumer {
    /// The messages it took, in order.
    pub consumed: Vec<u32>,
    /// True if its `get()` was still waiting when its patience ran out: in Python, it would be
    /// waiting still.
    pub stuck: bool,
}

// ANCHOR: seed_consumer
/// Seed 004's consumer: `while not (event.is_set() and queue.empty()): queue.get()`.
///
/// With `patience: None`, `get()` blocks as Python's does: it may never return (only the hidden
/// child-process scenario calls it that way). With `Some(p)`, `get()` gives up after `p` and the
/// consumer reports itself stuck.
pub fn seed_consumer(
    queue: &Queue<u32>,
    event: &AtomicBool,
    patience: Option<Duration>,
) -> SeedConsumer {
    let mut consumed = Vec::new();
    // Two checks, then a blocking call: the producer may stop between them.
    while !(event.load(SeqCst) && queue.is_empty()) {
        let message = match patience {
            None => queue.get(),
            Some(patience) => queue.get_timeout(patience).ok(),
        };
        match message {
            Some(message) => consumed.push(message),
            None => {
                return SeedConsumer {
                    consumed,
                    stuck: true,
                };
            }
        }
    }
    SeedConsumer {
        consumed,
        stuck: false,
    }
}
// ANCHOR_END: seed_consumer

/// What a run of seed 004's story produced and what became of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeedRun {
    /// Messages the producer put.
    pub produced: u32,
    /// Messages the consumer took, in order.
    pub consumed: Vec<u32>,
    /// True if the consumer was still blocked in `get()` when its patience ran out.
    pub consumer_stuck: bool,
    /// Messages still in the queue at the end: produced, never consumed.
    pub left_in_queue: usize,
}

// ANCHOR: as_written
/// Seed 004 as written: a producer that never pauses, a consumer, `Queue(maxsize)`, and main
/// setting the event after `run_for` (the seed's `time.sleep(0.1)`, scaled).
///
/// The producer never pauses, so it seldom stops while the consumer waits in `get()` on an
/// empty queue: this usually ends, and that is how the bug hides.
pub fn seed_as_written(maxsize: usize, run_for: Duration, patience: Duration) -> SeedRun {
    let queue = Queue::new(maxsize);
    let event = AtomicBool::new(false);
    let (produced, consumer) = thread::scope(|s| {
        let producer = s.spawn(|| seed_producer(&queue, &event, || {}));
        let consumer = s.spawn(|| seed_consumer(&queue, &event, Some(patience)));
        timing::sleep(run_for);
        event.store(true, SeqCst); // event.set()
        let consumer = consumer.join().unwrap();
        if consumer.stuck {
            // A consumer that gave up may leave the producer blocked on a full queue.
            queue.close();
        }
        (producer.join().unwrap(), consumer)
    });
    SeedRun {
        produced,
        consumed: consumer.consumed,
        consumer_stuck: consumer.stuck,
        left_in_queue: queue.len(),
    }
}
// ANCHOR_END: as_written

// ANCHOR: story
/// The story every version below runs: a producer that pauses after each message makes
/// `messages` messages; while it pauses after the last one and the consumer waits for the next,
/// main sets the event. With a producer slower than its consumer that is the usual state of
/// things; channels make it happen on every run instead of most.
///
/// `produce(event, pause)` and `consume(event)` run on their own threads; `consumer_waits`
/// tells main the consumer is waiting for a message. Returns both threads' results.
pub fn slow_producer_story<P, C>(
    messages: u32,
    produce: impl FnOnce(&AtomicBool, &mut dyn FnMut()) -> P + Send,
    consume: impl FnOnce(&AtomicBool) -> C + Send,
    consumer_waits: impl Fn() -> bool,
) -> (P, C)
where
    P: Send,
    C: Send,
{
    let event = AtomicBool::new(false);
    let (made, made_rx) = mpsc::channel::<()>(); // "I put a message and now pause"
    let (resume, resume_rx) = mpsc::sync_channel::<()>(0); // "pause over, go on"
    thread::scope(|s| {
        let event = &event;
        let producer = s.spawn(move || {
            let mut pause = move || {
                let _ = made.send(());
                let _ = resume_rx.recv(); // returns Err once main drops `resume`
            };
            produce(event, &mut pause)
        });
        let consumer = s.spawn(move || consume(event));
        for n in 1..=messages {
            made_rx
                .recv()
                .expect("the producer pauses after each message");
            if n < messages {
                resume.send(()).expect("the producer is pausing");
            }
        }
        // The producer pauses after its last message. Wait (at most 10 s) for the consumer to
        // take it and wait for the next one.
        let give_up = Instant::now() + Duration::from_secs(10);
        while !consumer_waits() && Instant::now() < give_up {
            thread::sleep(Duration::from_millis(1));
        }
        event.store(true, SeqCst); // event.set()
        drop(resume); // the pause ends; the producer sees the event and stops
        (producer.join().unwrap(), consumer.join().unwrap())
    })
}
// ANCHOR_END: story

// ANCHOR: seed_hang
/// Seed 004's producer and consumer in [`slow_producer_story`]: the consumer passed its check
/// while the event was not set, so it waits in `get()`, and the producer, which saw the event,
/// will never put again. With `patience: Some(p)` the consumer gives up after `p` and reports
/// itself stuck; with `None` this function never returns.
pub fn seed_with_slow_producer(messages: u32, patience: Option<Duration>) -> SeedRun {
    let queue = Queue::new(10);
    let (produced, consumer) = slow_producer_story(
        messages,
        |event, pause| seed_producer(&queue, event, pause),
        |event| seed_consumer(&queue, event, patience),
        || queue.is_empty() && queue.waiting_getters() == 1,
    );
    SeedRun {
        produced,
        consumed: consumer.consumed,
        consumer_stuck: consumer.stuck,
        left_in_queue: queue.len(),
    }
}
// ANCHOR_END: seed_hang

// ANCHOR: fix_close
/// Fix 1, with the teaching queue: the event still stops the producer, but the end of the
/// stream travels *through the queue*: the producer closes it after its last put, and the
/// consumer takes items until `get` returns `None`. Same story, no hang, nothing left behind.
pub fn fixed_with_close(messages: u32) -> SeedRun {
    let queue = Queue::new(10);
    let (produced, consumed) = slow_producer_story(
        messages,
        |event, pause| {
            let mut message = 0;
            while !event.load(SeqCst) {
                message += 1;
                let _ = queue.put(message);
                pause();
            }
            queue.close(); // after the last put: nothing can come after it
            message
        },
        |_event| queue.iter().collect::<Vec<u32>>(), // the consumer needs no event
        || queue.is_empty() && queue.waiting_getters() == 1,
    );
    SeedRun {
        produced,
        consumed,
        consumer_stuck: false,
        left_in_queue: queue.len(),
    }
}
// ANCHOR_END: fix_close

// ANCHOR: fix_channel
/// Fix 2, in production: a `crossbeam_channel::bounded(10)`. The producer owns the `Sender`;
/// when it returns, the sender is dropped, and the consumer's `for message in receiver` ends
/// after the last message. There is nothing to forget to call.
pub fn fixed_with_channel(messages: u32) -> SeedRun {
    let (sender, receiver): (Sender<u32>, Receiver<u32>) = crossbeam_channel::bounded(10);
    let probe = receiver.clone();
    let (produced, consumed) = slow_producer_story(
        messages,
        move |event, pause| {
            let mut message = 0;
            while !event.load(SeqCst) {
                message += 1;
                sender
                    .send(message)
                    .expect("the consumer outlives the producer");
                pause();
            }
            message
        }, // `sender` is dropped here: the end of the stream
        move |_event| receiver.iter().collect::<Vec<u32>>(),
        || probe.is_empty(),
    );
    SeedRun {
        produced,
        consumed,
        consumer_stuck: false,
        left_in_queue: probe.len(),
    }
}
// ANCHOR_END: fix_channel
