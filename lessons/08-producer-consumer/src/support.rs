//! Choreography the chapter does not show: how the lesson runs seed 004's functions so that
//! the hang happens on every run (channels instead of sleeps), rescues what the seed leaves
//! stuck, re-runs itself as a child process that really hangs, and checks and summarises what
//! the demonstrations produced. The narrator and the tests use it.

use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering::SeqCst};
use std::sync::mpsc;
use std::thread;
use std::time::Duration;

use serde::{Deserialize, Serialize};
use timing::scenario::{self, Handler};
use timing::{Finished, Timeline, Watched};

use crate::{
    Message, Queue, channel_consumer, channel_producer, closing_producer, draining_consumer,
    seed_consumer, seed_producer,
};

/// What a run of seed 004's producer and consumer (or of a fix) did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeedRun {
    /// Messages the producer made.
    pub produced: u32,
    /// Messages the consumer took, in order.
    pub consumed: Vec<u32>,
    /// True if the consumer was asleep in `get()` with the queue empty and the producer gone:
    /// in Python it would wait forever. The lesson then closes the queue to release it.
    pub consumer_stuck: bool,
    /// Messages still in the queue at the end: produced, never consumed.
    pub left_in_queue: usize,
}

/// Seed 004 as written: a producer that never pauses, the seed's consumer, `Queue(maxsize)`, and
/// main setting the event after `run_for` (the seed's `time.sleep(0.1)`, scaled).
///
/// The producer seldom stops while the consumer waits in `get()` on an empty queue, so this
/// usually ends: that is how the bug hides. If it does hang, the consumer is released (and
/// reported stuck) once it is asleep in `get()` with the producer gone.
pub fn seed_as_written(maxsize: usize, run_for: Duration) -> SeedRun {
    let queue = Queue::new(maxsize);
    let event = AtomicBool::new(false);
    let (produced, (consumed, consumer_stuck)) = thread::scope(|s| {
        let producer = s.spawn(|| seed_producer(&queue, &event, || {}));
        let consumer = s.spawn(|| seed_consumer(&queue, &event));
        timing::sleep(run_for);
        event.store(true, SeqCst); // event.set()
        let produced = producer.join().unwrap();
        (produced, rescue_if_stuck(&queue, consumer))
    });
    SeedRun {
        produced,
        consumed,
        consumer_stuck,
        left_in_queue: queue.len(),
    }
}

/// Waits for a consumer of `queue` whose producer has returned: it either ends, or falls
/// asleep in `get()` on the empty queue, where nothing will ever wake it; then the queue is
/// closed to release it. Returns what it consumed and whether it was stuck.
fn rescue_if_stuck<'s>(
    queue: &Queue<u32>,
    consumer: thread::ScopedJoinHandle<'s, Vec<u32>>,
) -> (Vec<u32>, bool) {
    let mut stuck = false;
    while !consumer.is_finished() {
        if queue.is_empty() && queue.waiting_getters() == 1 {
            stuck = true;
            queue.close();
            break;
        }
        thread::sleep(Duration::from_millis(1));
    }
    (consumer.join().unwrap(), stuck)
}

/// The story every version runs: the producer pauses after each message (it paces itself, as
/// a poller does), and main makes each pause last until the consumer has taken the message and
/// is waiting in `get()`/`recv()` for the next one (`consumer_waits`). After the `messages`-th,
/// main sets the event during the pause; the producer sees it and stops.
fn slow_producer_story<P: Send, C: Send>(
    messages: u32,
    produce: impl FnOnce(&AtomicBool, &mut dyn FnMut()) -> P + Send,
    consume: impl FnOnce(&AtomicBool) -> C + Send,
    consumer_waits: impl Fn() -> bool,
    after_producer: impl FnOnce(thread::ScopedJoinHandle<'_, C>) -> (C, bool),
) -> (P, C, bool) {
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
            on_schedule(&consumer_waits);
            if n < messages {
                resume.send(()).expect("the producer is pausing");
            }
        }
        event.store(true, SeqCst); // event.set(), while the producer pauses
        drop(resume); // the pause ends; the producer sees the event and stops
        let produced = producer.join().unwrap();
        let (consumed, stuck) = after_producer(consumer);
        (produced, consumed, stuck)
    })
}

/// Waits (at most 10 s) until `condition` holds: the story's schedule.
fn on_schedule(condition: impl Fn() -> bool) {
    let on_schedule = timing::wait_until(Duration::from_secs(10), condition);
    assert!(on_schedule, "the story's schedule did not happen");
}

fn asleep_in_get(queue: &Queue<u32>) -> bool {
    queue.is_empty() && queue.waiting_getters() == 1
}

/// Seed 004's producer and consumer in the slow-producer story: the consumer passed its check
/// while the event was not set, so it waits in `get()`, and the producer, which saw the event,
/// will never put again. The consumer is reported stuck, then released by closing the queue.
pub fn seed_hang(messages: u32) -> SeedRun {
    let queue = Queue::new(10);
    let (produced, consumed, consumer_stuck) = slow_producer_story(
        messages,
        |event, pause| seed_producer(&queue, event, pause),
        |event| seed_consumer(&queue, event),
        || asleep_in_get(&queue),
        |consumer| rescue_if_stuck(&queue, consumer),
    );
    SeedRun {
        produced,
        consumed,
        consumer_stuck,
        left_in_queue: queue.len(),
    }
}

/// What the `seed-hang` child reports once its consumer sleeps in `get()` on the empty queue
/// with the producer gone: from then on nothing can wake it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Hung {
    /// How many threads wait in `get()`: the consumer.
    pub waiting_in_get: usize,
}

/// The same story with nobody to rescue the consumer: it never returns. It reports [`Hung`]
/// once the consumer is asleep for good. Only the hidden `seed-hang` scenario calls it, in a
/// child process that the lesson kills.
pub fn seed_hang_for_real(messages: u32) -> SeedRun {
    let queue = Queue::new(10);
    let (produced, consumed, _) = slow_producer_story(
        messages,
        |event, pause| seed_producer(&queue, event, pause),
        |event| seed_consumer(&queue, event),
        || asleep_in_get(&queue),
        |consumer| {
            on_schedule(|| asleep_in_get(&queue));
            let waiting_in_get = queue.waiting_getters();
            scenario::report(&Hung { waiting_in_get });
            (consumer.join().unwrap(), false)
        },
    );
    SeedRun {
        produced,
        consumed,
        consumer_stuck: false,
        left_in_queue: queue.len(),
    }
}

/// Fix 1 in the same story: the producer closes the queue, the consumer drains it.
pub fn fixed_with_close(messages: u32) -> SeedRun {
    let queue = Queue::new(10);
    let (produced, consumed, _) = slow_producer_story(
        messages,
        |event, pause| closing_producer(&queue, event, pause),
        |_event| draining_consumer(&queue),
        || asleep_in_get(&queue),
        |consumer| (consumer.join().unwrap(), false),
    );
    SeedRun {
        produced,
        consumed,
        consumer_stuck: false,
        left_in_queue: queue.len(),
    }
}

/// Fix 2 in the same story: `crossbeam_channel::bounded(10)`, the sender owned by the producer.
pub fn fixed_with_channel(messages: u32) -> SeedRun {
    let (sender, receiver) = crossbeam_channel::bounded(10);
    let probe = receiver.clone();
    let (produced, consumed, _) = slow_producer_story(
        messages,
        move |event, pause| channel_producer(sender, event, pause),
        move |_event| channel_consumer(receiver),
        || probe.is_empty(),
        |consumer| (consumer.join().unwrap(), false),
    );
    SeedRun {
        produced,
        consumed,
        consumer_stuck: false,
        left_in_queue: probe.len(),
    }
}

/// What became of a producer whose consumer stopped early.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProducerRun {
    /// Messages the producer made (the last one was never delivered).
    pub produced: u32,
    /// Messages the consumer took before it stopped.
    pub consumed: usize,
    /// Messages still in the queue at the end.
    pub left_in_queue: usize,
    /// True if the producer was still asleep in `put()` after the event was set: in Python it
    /// would wait forever. The lesson then closes the queue to release it.
    pub producer_stuck: bool,
}

/// Seed 004's producer with a consumer that stops after `consumed` messages (an exception in
/// its handling, say). The producer fills the queue and falls asleep in `put()`; setting the
/// event cannot wake it, since it only looks at the event between puts.
pub fn seed_producer_after_consumer_stops(maxsize: usize, consumed: usize) -> ProducerRun {
    let queue = Queue::new(maxsize);
    let event = AtomicBool::new(false);
    thread::scope(|s| {
        let producer = s.spawn(|| seed_producer(&queue, &event, || {}));
        let taken = s.spawn(|| (0..consumed).filter_map(|_| queue.get()).count());
        let taken = taken.join().unwrap(); // the consumer has stopped
        on_schedule(|| queue.is_full() && queue.waiting_putters() == 1);
        event.store(true, SeqCst); // event.set(): the producer does not see it...
        thread::sleep(Duration::from_millis(20));
        let producer_stuck = queue.waiting_putters() == 1; // ...it is still in put()
        let left_in_queue = queue.len();
        queue.close(); // the rescue: put() gives its message back, and the loop sees the event
        ProducerRun {
            produced: producer.join().unwrap(),
            consumed: taken,
            left_in_queue,
            producer_stuck,
        }
    })
}

/// Fix 2's producer with a consumer that stops after `consumed` messages and, once the channel
/// is full (the producer asleep in `send`), drops its `Receiver`: the producer's `send` fails and
/// it returns, though the event is never set.
pub fn channel_producer_after_consumer_stops(capacity: usize, consumed: usize) -> ProducerRun {
    let (sender, receiver) = crossbeam_channel::bounded(capacity);
    let event = AtomicBool::new(false); // never set
    thread::scope(|s| {
        let producer = s.spawn(|| channel_producer(sender, &event, || {}));
        let taken = s.spawn(move || {
            let taken = receiver.iter().take(consumed).count();
            on_schedule(|| receiver.is_full());
            taken // `receiver` is dropped here
        });
        ProducerRun {
            consumed: taken.join().unwrap(),
            produced: producer.join().unwrap(),
            left_in_queue: 0,
            producer_stuck: false,
        }
    })
}

/// The scenarios this lesson runs in a child process, for `timing::scenario::main`:
/// `seed-hang [MESSAGES]`, seed 004's consumer with a `get()` that blocks forever.
pub const SCENARIOS: &[(&str, Handler)] = &[("seed-hang", |s| {
    println!("child: seed 004's consumer, get() without a timeout");
    let run = seed_hang_for_real(s.arg_or(0, 3));
    println!("child: the consumer ended after all: {run:?}");
})];

/// Runs the `seed-hang` scenario of the lesson binary `exe` in a child process. Once the child
/// reports [`Hung`], it gets `grace` to end by itself (it will not); then it is killed and
/// reaped. A child that never reports is killed after 10 s.
pub fn child_hang(exe: &Path, messages: u32, grace: Duration) -> std::io::Result<Finished> {
    let args = [messages.to_string()];
    let mut child = Watched::start(&mut scenario::command(exe, "seed-hang", &[&args[0]]))?;
    let hung = |line: &str| scenario::reports::<Hung>(line.as_bytes()).next().is_some();
    if !child.wait_for_line(Duration::from_secs(10), hung) {
        return child.finish(Duration::ZERO);
    }
    child.finish(grace)
}

/// Whether every message `(p, i)` for `p < producers`, `i < per_producer` arrived exactly once
/// over all consumers: none lost, none twice.
pub fn exactly_once(per_consumer: &[Vec<Message>], producers: usize, per_producer: u64) -> bool {
    let mut all: Vec<Message> = per_consumer.iter().flatten().copied().collect();
    all.sort_unstable();
    let expected = (0..producers).flat_map(|p| (0..per_producer).map(move |i| (p, i)));
    all.into_iter().eq(expected)
}

/// Whether each consumer saw each producer's messages in the order they were sent (FIFO).
pub fn in_order_per_producer(per_consumer: &[Vec<Message>]) -> bool {
    per_consumer.iter().all(|received| {
        let mut last: Vec<Option<u64>> = Vec::new();
        received.iter().all(|&(p, i)| {
            if last.len() <= p {
                last.resize(p + 1, None);
            }
            let in_order = last[p].is_none_or(|before| before < i);
            last[p] = Some(i);
            in_order
        })
    })
}

/// What a recorded [`back_pressure`](crate::back_pressure) run's timeline says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pressure {
    /// The producer's total time inside `put` (the `put i` spans).
    pub stalled: Duration,
    /// When the producer's last `put` returned.
    pub producer_done: Duration,
    /// When the consumer finished handling its last item.
    pub consumer_done: Duration,
    /// How many `put` spans there were.
    pub puts: usize,
}

impl Pressure {
    /// Reads the `put i` and `handle i` spans of a back-pressure timeline.
    pub fn from_timeline(timeline: &Timeline) -> Pressure {
        let spans = timeline.spans();
        let puts: Vec<_> = spans
            .iter()
            .filter(|s| s.label.starts_with("put "))
            .collect();
        let last_end = |prefix: &str| {
            spans
                .iter()
                .filter(|s| s.label.starts_with(prefix))
                .map(|s| s.end)
                .max()
                .unwrap_or_default()
        };
        Pressure {
            stalled: puts.iter().map(|s| s.duration()).sum(),
            producer_done: last_end("put "),
            consumer_done: last_end("handle "),
            puts: puts.len(),
        }
    }
}
