//! Many producers and consumers: through the teaching queue, through crossbeam's channels (the
//! production choice), and through `std::sync::mpsc`; then `select!` over two channels.

use std::sync::mpsc;
use std::thread;
use std::time::Duration;

use crossbeam_channel::{Receiver, never, select};

use crate::Queue;

/// A message: which producer sent it, and its number in that producer's sequence.
pub type Message = (usize, u64);

// ANCHOR: crossbeam_pipeline
/// `producers` threads send `per_producer` messages each into `crossbeam_channel::bounded`;
/// `consumers` threads receive. Returns what each consumer received, in order.
pub fn crossbeam_pipeline(
    producers: usize,
    consumers: usize,
    per_producer: u64,
    capacity: usize,
) -> Vec<Vec<Message>> {
    let (sender, receiver) = crossbeam_channel::bounded(capacity);
    thread::scope(|s| {
        for p in 0..producers {
            let sender = sender.clone();
            s.spawn(move || {
                for i in 0..per_producer {
                    sender.send((p, i)).expect("a consumer is listening");
                }
            }); // this producer's clone is dropped when it returns
        }
        drop(sender); // main's own: now only the producers keep the channel open
        let consuming: Vec<_> = (0..consumers)
            .map(|_| {
                let receiver = receiver.clone();
                s.spawn(move || receiver.iter().collect::<Vec<Message>>())
            })
            .collect();
        consuming.into_iter().map(|c| c.join().unwrap()).collect()
    })
}
// ANCHOR_END: crossbeam_pipeline

// ANCHOR: queue_pipeline
/// The same through one teaching [`Queue`] of `maxsize`: main closes it once every producer
/// has been joined, and the consumers end after the last item.
pub fn queue_pipeline(
    producers: usize,
    consumers: usize,
    per_producer: u64,
    maxsize: usize,
) -> Vec<Vec<Message>> {
    let queue = Queue::new(maxsize);
    thread::scope(|s| {
        let queue = &queue;
        let producing: Vec<_> = (0..producers)
            .map(|p| s.spawn(move || (0..per_producer).for_each(|i| queue.put((p, i)).unwrap())))
            .collect();
        let consuming: Vec<_> = (0..consumers)
            .map(|_| s.spawn(move || queue.iter().collect::<Vec<Message>>()))
            .collect();
        producing.into_iter().for_each(|p| p.join().unwrap());
        queue.close(); // the last producer is done
        consuming.into_iter().map(|c| c.join().unwrap()).collect()
    })
}
// ANCHOR_END: queue_pipeline

// ANCHOR: mpsc_pipeline
/// The standard library's channel: many producers, *one* consumer (the calling thread).
/// `sync_channel(capacity)` is the bounded one. A `Receiver` is `Send` but not `Sync`, so two
/// threads cannot share one:
///
/// ```compile_fail,E0277
/// let (sender, receiver) = std::sync::mpsc::channel::<u32>();
/// std::thread::scope(|s| {
///     s.spawn(|| receiver.recv());
///     s.spawn(|| receiver.recv());
/// });
/// # drop(sender);
/// ```
pub fn mpsc_pipeline(producers: usize, per_producer: u64, capacity: usize) -> Vec<Message> {
    let (sender, receiver) = mpsc::sync_channel(capacity);
    thread::scope(|s| {
        for p in 0..producers {
            let sender = sender.clone();
            s.spawn(move || (0..per_producer).for_each(|i| sender.send((p, i)).unwrap()));
        }
        drop(sender);
        receiver.iter().collect()
    })
}
// ANCHOR_END: mpsc_pipeline

/// A producer thread that sends `1..=count`, one every `every` (scaled by `LESSON_TIME_SCALE`),
/// and stops early once nobody listens. The thread is detached: it ends by itself.
pub fn feed(count: u32, every: Duration) -> Receiver<u32> {
    let (sender, receiver) = crossbeam_channel::bounded(10);
    thread::spawn(move || {
        for n in 1..=count {
            timing::sleep(every);
            if sender.send(n).is_err() {
                break; // the receiver is gone: stop producing
            }
        }
    });
    receiver
}

// ANCHOR: select
/// Waits on two channels, a ticker and a deadline at once; returns what happened, in order
/// (`fast 1`, `tick`, `slow closed`, `deadline`...). Durations are scaled.
pub fn select_two(
    mut fast: Receiver<u32>,
    mut slow: Receiver<u32>,
    tick_every: Duration,
    deadline: Duration,
) -> Vec<String> {
    let ticker = crossbeam_channel::tick(timing::scaled(tick_every));
    let deadline = crossbeam_channel::after(timing::scaled(deadline));
    let (mut events, mut open) = (Vec::new(), 2);
    while open > 0 {
        select! {
            recv(fast) -> message => match message {
                Ok(n) => events.push(format!("fast {n}")),
                Err(_) => { fast = never(); open -= 1; events.push("fast closed".into()) }
            },
            recv(slow) -> message => match message {
                Ok(n) => events.push(format!("slow {n}")),
                Err(_) => { slow = never(); open -= 1; events.push("slow closed".into()) }
            },
            recv(ticker) -> _ => events.push("tick".into()),
            recv(deadline) -> _ => { events.push("deadline".into()); break }
        }
    }
    events // `fast` and `slow` are dropped: a feed still running stops at its next send
}
// ANCHOR_END: select
