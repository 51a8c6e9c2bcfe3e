//! Lesson 08: producers and consumers over a queue, and channels.
//!
//! Seed 004 connects a producer and a consumer with `queue.Queue(maxsize=10)` and stops them with
//! a `threading.Event`; its consumer can block forever in `get()`, and its producer in `put()`.
//! This lesson rebuilds Python's queue on `Mutex` + `Condvar` ([`Queue`]), runs the seed's
//! functions ([`seed_producer`], [`seed_consumer`]), fixes them twice (close the queue; drop the
//! sender), then moves to crossbeam's channels, `select!` and back-pressure.

pub mod channels;
pub mod queue;
pub mod seed;
pub mod support;

use std::sync::atomic::{AtomicUsize, Ordering::SeqCst};
use std::thread;
use std::time::Duration;

pub use channels::{Message, crossbeam_pipeline, feed, mpsc_pipeline, queue_pipeline, select_two};
pub use queue::{Queue, QueueError};
pub use seed::{
    channel_consumer, channel_producer, closing_producer, draining_consumer, seed_consumer,
    seed_producer,
};

// ANCHOR: join_demo
/// Python's `q.join()` idiom: main puts `items` jobs, `workers` threads take them, each job
/// taking `work` (scaled) before `task_done()`. Returns how many jobs were done when `join()`
/// returned in main.
pub fn work_then_join(items: usize, workers: usize, work: Duration) -> usize {
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
        queue.join(); // every job put so far is done
        let done_at_join = done.load(SeqCst);
        queue.close(); // now let the workers go
        done_at_join
    })
}
// ANCHOR_END: join_demo

// ANCHOR: back_pressure
/// A fast producer and a slow consumer (`work` per item, scaled) over a [`Queue`] of `maxsize`
/// (0: unbounded). Each `put` and each item's handling is a span for the chart. Returns the
/// most items the consumer found waiting when it came for the next one.
pub fn back_pressure(items: u32, maxsize: usize, work: Duration) -> usize {
    let queue = Queue::new(maxsize);
    let named = |name: &str| thread::Builder::new().name(name.to_string());
    thread::scope(|s| {
        named("producer")
            .spawn_scoped(s, || {
                for i in 1..=items {
                    timing::span(format!("put {i}"), || queue.put(i)).expect("open");
                }
                queue.close();
            })
            .expect("the OS could not start a thread");
        let consumer = named("consumer").spawn_scoped(s, || {
            let mut backlog = 0;
            loop {
                backlog = backlog.max(queue.len()); // what waits when it comes for more
                let Some(i) = queue.get() else { break backlog };
                timing::span(format!("handle {i}"), || timing::sleep(work));
            }
        });
        consumer
            .expect("the OS could not start a thread")
            .join()
            .unwrap()
    })
}
// ANCHOR_END: back_pressure
