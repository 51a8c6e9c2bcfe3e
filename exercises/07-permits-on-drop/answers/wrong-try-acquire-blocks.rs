//! `try_acquire` waits for a permit when none is free, instead of answering `None` at once.
//! caught: bound

// ANSWER: try-acquire
Some(self.acquire())
// ANSWER_END: try-acquire
