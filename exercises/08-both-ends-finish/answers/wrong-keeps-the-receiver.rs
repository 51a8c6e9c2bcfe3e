//! The consumer gets a clone of the `Receiver`; `pipeline` keeps the original until both
//! threads are done. When the consumer stops early, `send` never fails: the producer waits on a
//! full queue for ever.
//! caught: bound

// ANSWER: pipeline
let (sender, receiver) = bounded(capacity);
let for_the_consumer = receiver.clone(); // `receiver` itself lives on, here
run_both(
    move || producer(sender, stop, make),
    move || consumer(for_the_consumer, handle),
)
// ANSWER_END: pipeline
