//! An unbounded channel: `send` never waits, so nothing holds a fast producer back (no
//! back-pressure) and the queue grows without limit behind a slow consumer.
//! caught: forced

// ANSWER: pipeline
let _ = capacity;
let (sender, receiver) = crossbeam_channel::unbounded();
run_both(
    move || producer(sender, stop, make),
    move || consumer(receiver, handle),
)
// ANSWER_END: pipeline
