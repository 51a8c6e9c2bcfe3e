//! A typical wrong answer to 08-both-ends-finish (the graders must reject it): each thread owns
//! its end, but the consumer keeps the seed's `while not (event.is_set() and queue.empty())`. It
//! can leave while the producer, past its own check, is still making one last message.

use std::sync::atomic::{AtomicBool, Ordering::SeqCst};
use std::thread;

use crossbeam_channel::{Receiver, Sender};

/// Seed 004's producer: until `stop` is set, makes a message (`make()`, the seed's
/// `random.randint(1, 101)`) and sends it, or stops early if nobody will ever read it.
/// Returning drops the `Sender`: that is the end of the stream.
pub fn producer(sender: Sender<u32>, stop: &AtomicBool, mut make: impl FnMut() -> u32) {
    while !stop.load(SeqCst) {
        if sender.send(make()).is_err() {
            break; // every Receiver is gone: the consumer stopped
        }
    }
}

/// Still the seed's check: it decides the stream is over from `stop` and an empty queue.
pub fn consumer(
    receiver: Receiver<u32>,
    stop: &AtomicBool,
    mut handle: impl FnMut(u32) -> bool,
) -> Vec<u32> {
    let mut taken = Vec::new();
    while !(stop.load(SeqCst) && receiver.is_empty()) {
        let Ok(message) = receiver.recv() else { break };
        taken.push(message);
        if !handle(message) {
            break;
        }
    }
    taken
}

/// Seed 004's `main`: runs the producer and the consumer on threads named `producer` and
/// `consumer`, connected by a queue of at most `capacity` messages (the seed's
/// `Queue(maxsize=10)`), and waits for both. Returns what the consumer took, in order.
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
            .spawn_scoped(s, move || consumer(receiver, stop, handle))
            .expect("the OS could not start a thread");
        consumer.join().unwrap()
    }) // waits for the producer too
}

/// Given: a thread builder with a name, so the chart can tell the threads apart.
fn named(name: &str) -> thread::Builder {
    thread::Builder::new().name(name.to_string())
}
