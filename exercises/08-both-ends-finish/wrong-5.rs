//! A typical wrong answer to 08-both-ends-finish (the graders must reject it): the consumer waits
//! with a timeout and looks at the event in between, as lesson 07's Python does. It cannot hang,
//! but it can still leave while the producer is making one last message.

use std::sync::atomic::{AtomicBool, Ordering::SeqCst};
use std::thread;
use std::time::Duration;

use crossbeam_channel::{Receiver, RecvTimeoutError, Sender};

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

/// Lesson 07's Python consumer: `queue.get(timeout=0.1)` in the seed's loop, so it never hangs.
pub fn consumer(
    receiver: Receiver<u32>,
    stop: &AtomicBool,
    mut handle: impl FnMut(u32) -> bool,
) -> Vec<u32> {
    let mut taken = Vec::new();
    while !(stop.load(SeqCst) && receiver.is_empty()) {
        match receiver.recv_timeout(Duration::from_millis(50)) {
            Ok(message) => {
                taken.push(message);
                if !handle(message) {
                    break;
                }
            }
            Err(RecvTimeoutError::Timeout) => {} // look at the event again
            Err(RecvTimeoutError::Disconnected) => break,
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
