//! An unbounded channel. `send` never blocks, so a producer whose consumer stopped cannot get
//! stuck; but nothing holds a fast producer back either.
//! caught: assertion

// ANSWER: pipeline
pub fn pipeline(
    _capacity: usize,
    stop: &AtomicBool,
    make: impl FnMut() -> u32 + Send,
    handle: impl FnMut(u32) -> bool + Send,
) -> Vec<u32> {
    let (sender, receiver) = crossbeam_channel::unbounded(); // `capacity` unused: no back-pressure
    thread::scope(|s| {
        // `move`: each thread owns its end, so it is dropped when that thread is done.
        named("producer")
            .spawn_scoped(s, move || producer(sender, stop, make))
            .expect("the OS could not start a thread");
        let consumer = named("consumer")
            .spawn_scoped(s, move || consumer(receiver, handle))
            .expect("the OS could not start a thread");
        consumer.join().unwrap()
    }) // waits for the producer too
}
// ANSWER_END: pipeline
