//! The producer ignores `send`'s `Err`, so after the consumer stops it keeps making messages
//! until `stop`.
//! caught: assertion

// ANSWER: producer
/// `random.randint(1, 101)`) and sends it, or stops early if nobody will ever read it.
/// Returning drops the `Sender`: that is the end of the stream.
pub fn producer(sender: Sender<u32>, stop: &AtomicBool, mut make: impl FnMut() -> u32) {
    while !stop.load(SeqCst) {
        let _ = sender.send(make()); // Err is ignored: it keeps making messages nobody reads
    }
}
// ANSWER_END: producer
