//! What the learner starts from: seed 004, over a `bounded(capacity)` channel.

// ANSWER: consumer
pub fn consumer(receiver: &Receiver<u32>, stop: &AtomicBool, handle: impl Handle) -> Vec<u32> {
    // The seed: `while not (event.is_set() and queue.empty()): message = queue.get()`
    let messages = std::iter::from_fn(|| {
        if stop.load(SeqCst) && receiver.is_empty() {
            return None;
        }
        receiver.recv().ok()
    });
    handle_each(messages, handle)
}
// ANSWER_END: consumer

// ANSWER: pipeline
let (sender, receiver) = bounded(capacity); // the seed: Queue(maxsize=10)
// Like the seed's `main`, `pipeline` keeps the queue: both threads borrow its two ends.
run_both(
    || producer(&sender, stop, make),
    || consumer(&receiver, stop, handle),
)
// ANSWER_END: pipeline

// ANSWER: producer
pub fn producer(sender: &Sender<u32>, stop: &AtomicBool, mut make: impl Make) {
    while !stop.load(SeqCst) {
        let _ = sender.send(make()); // the seed: queue.put(message)
    }
}
// ANSWER_END: producer
