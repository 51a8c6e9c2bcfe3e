//! A sentinel taken from the messages' own values: the producer sends `0` when it is done, and
//! the consumer stops at the first `0`, though `make` may return `0` as a message.
//! caught: assertion

// ANSWER: consumer
pub fn consumer(receiver: Receiver<u32>, handle: impl Handle) -> Vec<u32> {
    handle_each(receiver.into_iter().take_while(|&m| m != 0), handle)
}
// ANSWER_END: consumer

// ANSWER: producer
pub fn producer(sender: Sender<u32>, stop: &AtomicBool, mut make: impl Make) {
    while !stop.load(SeqCst) {
        if sender.send(make()).is_err() {
            return;
        }
    }
    let _ = sender.send(0); // the end of the stream (or is it a message?)
}
// ANSWER_END: producer
