//! Seed 004's producer and consumer, line by line, and the two fixes.
//!
//! The seed's `Event` is an `AtomicBool` here (`set()` is `store(true)`, `is_set()` is `load`),
//! and its messages are numbered 1, 2, 3... instead of random, so a test can tell which arrived.
//! How the lesson runs them (and makes the hang happen on every run) is in
//! [`support`](crate::support).

use std::sync::atomic::{AtomicBool, Ordering::SeqCst};

use crossbeam_channel::{Receiver, Sender};

use crate::Queue;

// ANCHOR: seed_producer
/// Seed 004's producer. `pause` runs after each put: nothing in the seed; a producer that paces
/// itself (a poll every second, a sensor) waits there. Returns how many messages it made.
pub fn seed_producer(queue: &Queue<u32>, event: &AtomicBool, mut pause: impl FnMut()) -> u32 {
    let mut message = 0;
    while !event.load(SeqCst) {
        message += 1; // the seed: random.randint(1, 101)
        let _ = queue.put(message); // Err only once closed, and the seed never closes it
        pause();
    }
    message
}
// ANCHOR_END: seed_producer

// ANCHOR: seed_consumer
/// Seed 004's consumer: a check, then a blocking call, as in Python. Rust compiles it as it is.
pub fn seed_consumer(queue: &Queue<u32>, event: &AtomicBool) -> Vec<u32> {
    let mut consumed = Vec::new();
    while !(event.load(SeqCst) && queue.is_empty()) {
        match queue.get() {
            Some(message) => consumed.push(message),
            None => break, // closed: the seed never closes its queue, the lesson's rescue does
        }
    }
    consumed
}
// ANCHOR_END: seed_consumer

// ANCHOR: fix_close
/// Fix 1: the event still stops the producer, which then closes the queue after its last put.
pub fn closing_producer(queue: &Queue<u32>, event: &AtomicBool, pause: impl FnMut()) -> u32 {
    let made = seed_producer(queue, event, pause);
    queue.close(); // nothing can come after this
    made
}

/// The consumer takes messages until `get` says none will ever come. It needs no event.
pub fn draining_consumer(queue: &Queue<u32>) -> Vec<u32> {
    queue.iter().collect()
}
// ANCHOR_END: fix_close

// ANCHOR: fix_channel
/// Fix 2: a channel. The producer owns the `Sender`; returning drops it, and that is the end.
pub fn channel_producer(sender: Sender<u32>, event: &AtomicBool, mut pause: impl FnMut()) -> u32 {
    let mut message = 0;
    while !event.load(SeqCst) {
        message += 1;
        if sender.send(message).is_err() {
            break; // every Receiver is gone: nobody will ever read it
        }
        pause();
    }
    message
}

/// `for message in receiver` ends once every `Sender` is dropped and the channel is drained.
pub fn channel_consumer(receiver: Receiver<u32>) -> Vec<u32> {
    receiver.iter().collect()
}
// ANCHOR_END: fix_channel
