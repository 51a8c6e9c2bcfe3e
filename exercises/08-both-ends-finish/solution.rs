//! Exercise 08-both-ends-finish: seed 004's producer and consumer, which can hang. Make both
//! ends finish. `cargo run -p practice -- check 08-both-ends-finish` checks it.

use std::sync::atomic::{AtomicBool, Ordering::SeqCst};

mod given;
pub use given::{Handle, Make, handle_each, run_both};

// ANSWER: channel
use crossbeam_channel::{Receiver, Sender, bounded};
// ANSWER_END: channel

/// Seed 004's producer: until `stop` is set, makes a message (`make()`) and puts it in the
/// queue.
// ANSWER: producer
pub fn producer(sender: Sender<u32>, stop: &AtomicBool, mut make: impl Make) {
    while !stop.load(SeqCst) {
        if sender.send(make()).is_err() {
            break; // every Receiver is gone: the consumer stopped
        }
    } // returning drops the Sender: that is the end of the stream
}
// ANSWER_END: producer

/// The consumer: takes messages and hands each to `handle` (with the given `handle_each`) until
/// `handle` fails. Returns the messages it took, in order.
// ANSWER: consumer
pub fn consumer(receiver: Receiver<u32>, handle: impl Handle) -> Vec<u32> {
    handle_each(receiver, handle) // ends once every Sender is gone and the queue is drained
}
// ANSWER_END: consumer

/// Seed 004's `main`: runs the producer and the consumer on their threads, connected by a queue
/// of at most `capacity` messages (the seed's `Queue(maxsize=10)`), and waits for both. Returns
/// what the consumer took, in order.
pub fn pipeline(
    capacity: usize,
    stop: &AtomicBool,
    make: impl Make,
    handle: impl Handle,
) -> Vec<u32> {
    // ANSWER: pipeline
    let (sender, receiver) = bounded(capacity);
    // `move`: each thread owns its end, which is dropped when that thread is done.
    run_both(
        move || producer(sender, stop, make),
        move || consumer(receiver, handle),
    )
    // ANSWER_END: pipeline
}
