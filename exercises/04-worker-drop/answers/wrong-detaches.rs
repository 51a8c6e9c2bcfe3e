//! It closes the channel and leaves, as a daemon thread would: the lines still queued are written
//! later, or never.
//! caught: forced

// ANSWER: drop
drop(self.lines.take());
drop(self.thread.take()); // detached, not waited for
// ANSWER_END: drop
