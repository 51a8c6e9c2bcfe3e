//! The consumer waits for the end of the channel, but `pipeline` keeps the `Sender` alive while
//! it waits for both threads, so that end never comes.
//! caught: assertion

// ANSWER: pipeline
pub fn pipeline(
    capacity: usize,
    stop: &AtomicBool,
    make: impl FnMut() -> u32 + Send,
    handle: impl FnMut(u32) -> bool + Send,
) -> Vec<u32> {
    let (sender, receiver) = crossbeam_channel::bounded(capacity);
    thread::scope(|s| {
        // The producer borrows the Sender: it lives here, in `pipeline`, until the scope ends.
        named("producer")
            .spawn_scoped(s, || producer(&sender, stop, make))
            .expect("the OS could not start a thread");
        let consumer = named("consumer")
            .spawn_scoped(s, move || consumer(receiver, handle))
            .expect("the OS could not start a thread");
        consumer.join().unwrap()
    }) // waits for the producer too
}
// ANSWER_END: pipeline

// ANSWER: producer
/// `random.randint(1, 101)`) and sends it, or stops early if nobody will ever read it.
/// Returning drops the `Sender`: that is the end of the stream.
pub fn producer(sender: &Sender<u32>, stop: &AtomicBool, mut make: impl FnMut() -> u32) {
    while !stop.load(SeqCst) {
        if sender.send(make()).is_err() {
            break; // every Receiver is gone: the consumer stopped
        }
    }
}
// ANSWER_END: producer
