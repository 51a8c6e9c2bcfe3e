//! Each thread owns its end, but the consumer keeps the seed's `while not (event.is_set() and
//! queue.empty())`. It can leave while the producer, past its own check, is still making one last
//! message.
//! caught: assertion

// ANSWER: consumer
/// Still the seed's check: it decides the stream is over from `stop` and an empty queue.
pub fn consumer(
    receiver: Receiver<u32>,
    stop: &AtomicBool,
    mut handle: impl FnMut(u32) -> bool,
) -> Vec<u32> {
    let mut taken = Vec::new();
    while !(stop.load(SeqCst) && receiver.is_empty()) {
        let Ok(message) = receiver.recv() else { break };
        taken.push(message);
        if !handle(message) {
            break;
        }
    }
    taken
// ANSWER_END: consumer

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
