//! What the learner starts from.

// ANSWER: consumer
/// Seed 004's consumer: takes messages and hands each to `handle`, until it finds `stop` set and
/// the queue empty. `handle` returns `false` when it failed: the consumer then stops. Returns
/// the messages it took, in order.
pub fn consumer(
    receiver: &Receiver<u32>,
    stop: &AtomicBool,
    mut handle: impl FnMut(u32) -> bool,
) -> Vec<u32> {
    let mut taken = Vec::new();
    while !(stop.load(SeqCst) && receiver.is_empty()) {
        let Ok(message) = receiver.recv() else { break }; // the seed: queue.get()
        taken.push(message);
        if !handle(message) {
            break; // it failed: this consumer stops
        }
    }
    taken
// ANSWER_END: consumer

// ANSWER: imports
use crossbeam_channel::{Receiver, Sender};
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
        named("producer")
            .spawn_scoped(s, || producer(&sender, stop, make))
            .expect("the OS could not start a thread");
        let consumer = named("consumer")
            .spawn_scoped(s, || consumer(&receiver, stop, handle))
            .expect("the OS could not start a thread");
        consumer.join().unwrap()
    }) // waits for the producer too
}
// ANSWER_END: pipeline

// ANSWER: producer
/// `random.randint(1, 101)`) and puts it in the queue.
pub fn producer(sender: &Sender<u32>, stop: &AtomicBool, mut make: impl FnMut() -> u32) {
    while !stop.load(SeqCst) {
        let message = make();
        let _ = sender.send(message); // the seed: queue.put(message)
    }
}
// ANSWER_END: producer

// ANSWER: top

// ANSWER_END: top
