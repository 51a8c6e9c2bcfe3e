//! The producer ignores `send`'s `Err`: once the consumer has stopped, it goes on making
//! messages that nobody will read, until `stop` (which may never come).
//! caught: assertion

// ANSWER: producer
pub fn producer(sender: Sender<u32>, stop: &AtomicBool, mut make: impl Make) {
    while !stop.load(SeqCst) {
        let _ = sender.send(make()); // Err means nobody will ever read it: ignored
    }
}
// ANSWER_END: producer
