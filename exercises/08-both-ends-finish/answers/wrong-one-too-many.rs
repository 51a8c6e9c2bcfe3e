//! The queue holds `capacity + 1` messages: one more than it may.
//! caught: forced

// ANSWER: pipeline
let (sender, receiver) = bounded(capacity + 1); // "room for the one being sent"
run_both(
    move || producer(sender, stop, make),
    move || consumer(receiver, handle),
)
// ANSWER_END: pipeline
