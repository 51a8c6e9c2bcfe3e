//! Each thread owns its end, but the consumer keeps the seed's `while not (event.is_set() and
//! queue.empty())`: it leaves when `stop` is set and the queue is empty for a moment, while the
//! producer, past its own check of `stop`, is still making one last message.
//! caught: forced

// ANSWER: consumer
pub fn consumer(receiver: Receiver<u32>, stop: &AtomicBool, handle: impl Handle) -> Vec<u32> {
    let messages = std::iter::from_fn(|| match stop.load(SeqCst) && receiver.is_empty() {
        true => None, // "the event is set and the queue is empty: it is over"
        false => receiver.recv().ok(),
    });
    handle_each(messages, handle)
}
// ANSWER_END: consumer

// ANSWER: pipeline
let (sender, receiver) = bounded(capacity);
run_both(
    move || producer(sender, stop, make),
    move || consumer(receiver, stop, handle), // it decides the end from `stop`
)
// ANSWER_END: pipeline
