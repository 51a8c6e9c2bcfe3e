//! Lesson 08: producers and consumers over a queue, and channels.
//!
//! Seed 004 connects a producer and a consumer with `queue.Queue(maxsize=10)` and stops them with
//! a `threading.Event`; its consumer can block forever in `get()`. This lesson rebuilds Python's
//! queue on `Mutex` + `Condvar` ([`Queue`]), reproduces the hang without hanging ([`seed`]),
//! fixes it twice (close the queue; drop the sender), then moves to crossbeam's channels,
//! `select!` and back-pressure ([`channels`] and the functions below).

pub mod channels;
pub mod queue;
pub mod seed;

use std::sync::atomic::{AtomicUsize, Ordering::SeqCst};
use std::thread;
use std::time::{Duration, Instant};

use timing::Timeline;

pub use channels::{
    Delivery, Feed, Message, SelectEnd, Selected, crossbeam_pipeline, mpsc_pipeline,
    queue_pipeline, select_two,
};
pub use queue::{Queue, QueueError};
pub use seed::{
    SeedConsumer, SeedRun, fixed_with_channel, fixed_with_close, seed_as_written, seed_consumer,
    seed_producer, seed_with_slow_producer, slow_producer_story,
};

/// What [`work_then_join`] saw.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Joined {
    /// Items the workers had marked done when `join()` returned in main.
    pub done_when_join_returned: usize,
    /// How long main waited in `join()`.
    pub join_waited: Duration,
}

// ANCHOR: join_demo
/// Python's `q.join()` idiom: main puts `items` jobs, `workers` threads take them, each taking
/// `work` (scaled) and calling `task_done()`; main's `join()` returns once every job is done.
/// Then main closes the queue so the workers end.
pub fn work_then_join(items: usize, workers: usize, work: Duration) -> Joined {
    let queue = Queue::new(0);
    let done = AtomicUsize::new(0);
    thread::scope(|s| {
        for _ in 0..workers {
            s.spawn(|| {
                for _job in queue.iter() {
                    timing::sleep(work);
                    done.fetch_add(1, SeqCst);
                    queue.task_done().expect("one task_done per item taken");
                }
            });
        }
        for job in 0..items {
            queue.put(job).expect("open");
        }
        let start = Instant::now();
        queue.join(); // every job put so far is done
        let joined = Joined {
            done_when_join_returned: done.load(SeqCst),
            join_waited: start.elapsed(),
        };
        queue.close(); // now let the workers go
        joined
    })
}
// ANCHOR_END: join_demo

/// What [`back_pressure`] measured.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackPressure {
    /// How long each `put` waited, in order.
    pub put_waits: Vec<Duration>,
    /// The most items that waited in the queue at once.
    pub high_water: usize,
    /// When the producer had put its last item (from the start).
    pub producer_done: Duration,
    /// When the consumer had handled its last item (from the start).
    pub consumer_done: Duration,
}

impl BackPressure {
    /// The producer's total time blocked in `put`.
    pub fn stalled(&self) -> Duration {
        self.put_waits.iter().sum()
    }
}

// ANCHOR: back_pressure
/// A fast producer (no work of its own) and a slow consumer (`work` per item, scaled) over a
/// [`Queue`] of `maxsize` (`0`: unbounded). Each `put` is recorded on `timeline` as `put i`,
/// each item's handling as `handle i`: with a small bound, the `put` bars are the producer
/// stalling until the consumer makes room.
pub fn back_pressure(
    items: u32,
    maxsize: usize,
    work: Duration,
    timeline: &Timeline,
) -> BackPressure {
    let queue = Queue::new(maxsize);
    let start = Instant::now();
    let ((put_waits, producer_done), consumer_done) = thread::scope(|s| {
        let producer = thread::Builder::new()
            .name("producer".into())
            .spawn_scoped(s, || {
                let mut waits = Vec::new();
                for i in 1..=items {
                    let asked = Instant::now();
                    queue.put(i).expect("open until the producer closes it");
                    let put = Instant::now();
                    timeline.add(format!("put {i}"), asked, put);
                    waits.push(put - asked);
                }
                queue.close();
                (waits, start.elapsed())
            })
            .expect("the OS could not start a thread");
        let consumer = thread::Builder::new()
            .name("consumer".into())
            .spawn_scoped(s, || {
                for i in queue.iter() {
                    timeline.record(format!("handle {i}"), || timing::sleep(work));
                }
                start.elapsed()
            })
            .expect("the OS could not start a thread");
        (producer.join().unwrap(), consumer.join().unwrap())
    });
    BackPressure {
        put_waits,
        high_water: queue.high_water(),
        producer_done,
        consumer_done,
    }
}
// ANCHOR_END: back_pressure
