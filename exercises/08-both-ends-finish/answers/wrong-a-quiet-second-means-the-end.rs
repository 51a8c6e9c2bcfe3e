//! It guesses the end from silence: a second without a message means the producer is done
//! (`queue.get(timeout=1)`). A producer can pause longer than any guess.
//! caught: forced

// ANSWER: consumer
pub fn consumer(receiver: Receiver<u32>, handle: impl Handle) -> Vec<u32> {
    let quiet = std::time::Duration::from_secs(1);
    handle_each(
        std::iter::from_fn(|| receiver.recv_timeout(quiet).ok()),
        handle,
    )
}
// ANSWER_END: consumer
