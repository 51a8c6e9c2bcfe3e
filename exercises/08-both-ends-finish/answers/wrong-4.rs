//! The consumer waits with a timeout and looks at the event in between, as lesson 07's Python
//! does. It cannot hang, but it can still leave while the producer is making one last message.
//! caught: assertion

// ANSWER: consumer
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
// ANSWER_END: consumer

// ANSWER: imports
use crossbeam_channel::{Receiver, RecvTimeoutError, Sender};
// ANSWER_END: imports

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
            .spawn_scoped(s, move || consumer(receiver, stop, handle))
            .expect("the OS could not start a thread");
        consumer.join().unwrap()
    }) // waits for the producer too
}
// ANSWER_END: pipeline

// ANSWER: top
use std::time::Duration;
// ANSWER_END: top
