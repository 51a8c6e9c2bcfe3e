//! The end travels as a message of its own: the channel carries `Option<u32>`, and `None`,
//! which no message can be, says the producer is done.

// ANSWER: consumer
pub fn consumer(receiver: Receiver<Option<u32>>, handle: impl Handle) -> Vec<u32> {
    handle_each(receiver.into_iter().map_while(|message| message), handle)
}
// ANSWER_END: consumer

// ANSWER: producer
pub fn producer(sender: Sender<Option<u32>>, stop: &AtomicBool, mut make: impl Make) {
    while !stop.load(SeqCst) {
        if sender.send(Some(make())).is_err() {
            return; // the consumer is gone: no need to say goodbye
        }
    }
    let _ = sender.send(None);
}
// ANSWER_END: producer
