//! Many producers and consumers: through the teaching queue, through crossbeam's channels (the
//! production choice), and through `std::sync::mpsc`; then `select!` over two channels.

use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

use crossbeam_channel::{never, select};

use crate::Queue;

/// A message: which producer sent it, and its number in that producer's sequence.
pub type Message = (usize, u64);

/// What each consumer received in a many-producers, many-consumers run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Delivery {
    /// One list per consumer, in the order that consumer received them.
    pub per_consumer: Vec<Vec<Message>>,
    /// The most messages that waited in the queue at once (teaching queue only; channels: 0).
    pub high_water: usize,
}

impl Delivery {
    /// Whether every message `(p, i)` for `p < producers`, `i < per_producer` arrived exactly once:
    /// none lost, none twice.
    pub fn exactly_once(&self, producers: usize, per_producer: u64) -> bool {
        let mut all: Vec<Message> = self.per_consumer.iter().flatten().copied().collect();
        all.sort_unstable();
        let expected = (0..producers).flat_map(|p| (0..per_producer).map(move |i| (p, i)));
        all.into_iter().eq(expected)
    }

    /// Whether each consumer saw each producer's messages in the order they were sent (FIFO).
    pub fn in_order_per_producer(&self) -> bool {
        self.per_consumer.iter().all(|received| {
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
}

// ANCHOR: queue_pipeline
/// `producers` threads each put `per_producer` messages into one teaching [`Queue`] of
/// `maxsize`; `consumers` threads take them until the queue is closed and drained. Main closes
/// the queue once every producer has finished.
pub fn queue_pipeline(
    producers: usize,
    consumers: usize,
    per_producer: u64,
    maxsize: usize,
) -> Delivery {
    let queue = Queue::new(maxsize);
    let per_consumer = thread::scope(|s| {
        let queue = &queue;
        let producing: Vec<_> = (0..producers)
            .map(|p| {
                s.spawn(move || {
                    for i in 0..per_producer {
                        queue
                            .put((p, i))
                            .expect("open until every producer is done");
                    }
                })
            })
            .collect();
        let consuming: Vec<_> = (0..consumers)
            .map(|_| s.spawn(move || queue.iter().collect::<Vec<Message>>()))
            .collect();
        for producer in producing {
            producer.join().unwrap();
        }
        queue.close(); // the last producer is done: consumers end after the last item
        consuming
            .into_iter()
            .map(|consumer| consumer.join().unwrap())
            .collect()
    });
    Delivery {
        per_consumer,
        high_water: queue.high_water(),
    }
}
// ANCHOR_END: queue_pipeline

// ANCHOR: crossbeam_pipeline
/// The same with `crossbeam_channel::bounded(capacity)`. Each producer owns a `Sender` clone,
/// each consumer a `Receiver` clone; when the last sender is dropped, every `receiver.iter()`
/// ends after the last message. No `close`, no event, no sentinel.
pub fn crossbeam_pipeline(
    producers: usize,
    consumers: usize,
    per_producer: u64,
    capacity: usize,
) -> Delivery {
    let (sender, receiver) = crossbeam_channel::bounded(capacity);
    let per_consumer = thread::scope(|s| {
        for p in 0..producers {
            let sender = sender.clone();
            s.spawn(move || {
                for i in 0..per_producer {
                    sender.send((p, i)).expect("a consumer is listening");
                }
            });
        }
        drop(sender); // main's own sender: only the producers' clones keep the channel open
        let consuming: Vec<_> = (0..consumers)
            .map(|_| {
                let receiver = receiver.clone();
                s.spawn(move || receiver.iter().collect::<Vec<Message>>())
            })
            .collect();
        consuming
            .into_iter()
            .map(|consumer| consumer.join().unwrap())
            .collect()
    });
    Delivery {
        per_consumer,
        high_water: 0,
    }
}
// ANCHOR_END: crossbeam_pipeline

// ANCHOR: mpsc_pipeline
/// The standard library's channel: many producers, *one* consumer (mpsc: multi-producer,
/// single-consumer). `sync_channel(capacity)` is the bounded one; the consumer here is the
/// calling thread.
///
/// A `Receiver` cannot be cloned, and it is `Send` but not `Sync`, so two threads cannot
/// share one:
///
/// ```compile_fail,E0277
/// let (sender, receiver) = std::sync::mpsc::channel::<u32>();
/// std::thread::scope(|s| {
///     s.spawn(|| receiver.recv());
///     s.spawn(|| receiver.recv());
/// });
/// # drop(sender);
/// ```
pub fn mpsc_pipeline(producers: usize, per_producer: u64, capacity: usize) -> Delivery {
    let (sender, receiver) = mpsc::sync_channel(capacity);
    let received = thread::scope(|s| {
        for p in 0..producers {
            let sender = sender.clone();
            s.spawn(move || {
                for i in 0..per_producer {
                    sender.send((p, i)).expect("main is listening");
                }
            });
        }
        drop(sender);
        receiver.iter().collect::<Vec<Message>>()
    });
    Delivery {
        per_consumer: vec![received],
        high_water: 0,
    }
}
// ANCHOR_END: mpsc_pipeline

/// How a [`select_two`] run ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SelectEnd {
    /// Both producers finished and dropped their senders.
    BothClosed,
    /// The overall deadline fired first.
    Deadline,
}

/// What [`select_two`] received, and when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Selected {
    /// Messages from the fast channel, in order.
    pub fast: Vec<u32>,
    /// Messages from the slow channel, in order.
    pub slow: Vec<u32>,
    /// How many ticks arrived.
    pub ticks: u32,
    /// Why the loop stopped.
    pub end: SelectEnd,
    /// Every event, with the time since the start: `fast 1`, `tick`, `slow closed`...
    pub log: Vec<(Duration, String)>,
}

/// One producer for [`select_two`]: `count` messages, `every` apart (scaled by
/// `LESSON_TIME_SCALE`).
#[derive(Debug, Clone, Copy)]
pub struct Feed {
    /// How many messages it sends.
    pub count: u32,
    /// The pause before each one.
    pub every: Duration,
}

// ANCHOR: select
/// Waits on two channels at once, plus a ticker and a deadline, with `select!`: whichever is
/// ready first is handled. A channel whose senders are gone is replaced by `never()` so it is
/// not picked again. Durations are scaled by `LESSON_TIME_SCALE`.
pub fn select_two(fast: Feed, slow: Feed, tick_every: Duration, deadline: Duration) -> Selected {
    let start = Instant::now();
    let (fast_tx, mut fast_rx) = crossbeam_channel::bounded(10);
    let (slow_tx, mut slow_rx) = crossbeam_channel::bounded(10);
    let ticker = crossbeam_channel::tick(timing::scaled(tick_every));
    let timeout = crossbeam_channel::after(timing::scaled(deadline));
    let mut got = Selected {
        fast: Vec::new(),
        slow: Vec::new(),
        ticks: 0,
        end: SelectEnd::BothClosed,
        log: Vec::new(),
    };
    thread::scope(|s| {
        for (feed, sender) in [(fast, fast_tx), (slow, slow_tx)] {
            s.spawn(move || {
                for n in 1..=feed.count {
                    timing::sleep(feed.every);
                    if sender.send(n).is_err() {
                        break; // the receiver gave up (deadline): stop producing
                    }
                }
            });
        }
        let mut open = 2;
        while open > 0 {
            let event = select! {
                recv(fast_rx) -> message => match message {
                    Ok(n) => { got.fast.push(n); format!("fast {n}") }
                    Err(_) => { fast_rx = never(); open -= 1; "fast closed".to_string() }
                },
                recv(slow_rx) -> message => match message {
                    Ok(n) => { got.slow.push(n); format!("slow {n}") }
                    Err(_) => { slow_rx = never(); open -= 1; "slow closed".to_string() }
                },
                recv(ticker) -> _ => { got.ticks += 1; "tick".to_string() },
                recv(timeout) -> _ => { got.end = SelectEnd::Deadline; open = 0; "deadline".to_string() },
            };
            got.log.push((start.elapsed(), event));
        }
        // Dropping the receivers makes a producer still running stop at its next send.
        drop((fast_rx, slow_rx));
    });
    got
}
// ANCHOR_END: select
