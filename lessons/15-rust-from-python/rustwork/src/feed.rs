//! A bridge between a Rust thread and a Python `for` loop: results sent down a bounded channel.

use std::panic::resume_unwind;
use std::thread::{self, JoinHandle};

use crossbeam_channel::{Receiver, Sender, bounded};

use crate::work::sqrt_sum;

// ANCHOR: feed
/// Results computed on a thread named `producer` and handed over through a channel of
/// `capacity` slots: the producer runs at most that far ahead of whoever takes them.
/// Dropping the `Feed` stops the producer at its next send.
#[derive(Debug)]
pub struct Feed<T> {
    results: Receiver<T>,
    producer: Option<JoinHandle<()>>,
}

impl<T: Send + 'static> Feed<T> {
    /// Starts the producer: `produce` sends its results into the channel.
    pub fn spawn(capacity: usize, produce: impl FnOnce(Sender<T>) + Send + 'static) -> Self {
        let (sender, results) = bounded(capacity);
        let producer = thread::Builder::new()
            .name("producer".into())
            .spawn(move || produce(sender))
            .expect("the OS could not start a thread");
        Feed {
            results,
            producer: Some(producer),
        }
    }
}

impl<T> Iterator for Feed<T> {
    type Item = T;

    /// Waits for the next result (a `waits` span). At the end, raises the producer's panic if
    /// it panicked.
    fn next(&mut self) -> Option<T> {
        let next = timing::span("waits", || self.results.recv().ok());
        if next.is_none()
            && let Some(Err(panic)) = self.producer.take().map(JoinHandle::join)
        {
            resume_unwind(panic);
        }
        next
    }
}
// ANCHOR_END: feed

// ANCHOR: sqrt_feed
/// Each unit's [`sqrt_sum`], computed in order on the producer thread while they are taken.
pub fn sqrt_feed(units: Vec<u64>, capacity: usize) -> Feed<f64> {
    Feed::spawn(capacity, move |results| {
        for n in units {
            if results.send(sqrt_sum(n)).is_err() {
                return; // the Feed was dropped: nobody will take the rest
            }
        }
    })
}
// ANCHOR_END: sqrt_feed
