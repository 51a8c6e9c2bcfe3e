//! Exercise 08-both-ends-finish: seed 004's producer and consumer, which can hang. Make both
//! ends finish. `cargo run -p practice -- check 08-both-ends-finish` checks it.

use std::sync::atomic::{AtomicBool, Ordering::SeqCst};
use std::thread;
// ANSWER: top
// ANSWER_END: top

// ANSWER: imports
use crossbeam_channel::{Receiver, Sender};
// ANSWER_END: imports

/// Seed 004's producer: until `stop` is set, makes a message (`make()`, the seed's
// ANSWER: producer
/// `random.randint(1, 101)`) and sends it, or stops early if nobody will ever read it.
/// Returning drops the `Sender`: that is the end of the stream.
pub fn producer(sender: Sender<u32>, stop: &AtomicBool, mut make: impl FnMut() -> u32) {
    while !stop.load(SeqCst) {
        if sender.send(make()).is_err() {
            break; // every Receiver is gone: the consumer stopped
        }
    }
}
// ANSWER_END: producer

// ANSWER: consumer
/// The consumer: hands each message to `handle` until the producer has dropped its `Sender`
/// and the channel is drained, or until `handle` returns `false` (it failed); dropping the
/// `Receiver` then tells the producer. It needs no `stop`. Returns the messages it took.
pub fn consumer(receiver: Receiver<u32>, mut handle: impl FnMut(u32) -> bool) -> Vec<u32> {
    let mut taken = Vec::new();
    for message in receiver {
        taken.push(message);
        if !handle(message) {
            break;
        }
    }
    taken
    // ANSWER_END: consumer
}

/// Seed 004's `main`: runs the producer and the consumer on threads named `producer` and
/// `consumer`, connected by a queue of at most `capacity` messages (the seed's
/// `Queue(maxsize=10)`), and waits for both. Returns what the consumer took, in order.
// ANSWER: pipeline
pub fn pipeline(
    capacity: usize,
    stop: &AtomicBool,
    make: impl FnMut() -> u32 + Send,
    handle: impl FnMut(u32) -> bool + Send,
) -> Vec<u32> {
    let (sender, receiver) = crossbeam_channel::bounded(capacity);
    thread::scope(|s| {
        // `move`: each thread owns its end, so it is dropped when that thread is done.
        named("producer")
            .spawn_scoped(s, move || producer(sender, stop, make))
            .expect("the OS could not start a thread");
        let consumer = named("consumer")
            .spawn_scoped(s, move || consumer(receiver, handle))
            .expect("the OS could not start a thread");
        consumer.join().unwrap()
    }) // waits for the producer too
}
// ANSWER_END: pipeline

/// Given: a thread builder with a name, so the chart can tell the threads apart.
fn named(name: &str) -> thread::Builder {
    thread::Builder::new().name(name.to_string())
}
