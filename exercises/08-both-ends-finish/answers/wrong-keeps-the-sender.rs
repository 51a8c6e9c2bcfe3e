//! The producer gets a clone of the `Sender`; `pipeline` keeps the original until both threads
//! are done. The channel never closes, so the consumer waits for ever after the last message.
//! caught: bound

// ANSWER: pipeline
let (sender, receiver) = bounded(capacity);
let for_the_producer = sender.clone(); // `sender` itself lives on, here
run_both(
    move || producer(for_the_producer, stop, make),
    move || consumer(receiver, handle),
)
// ANSWER_END: pipeline
