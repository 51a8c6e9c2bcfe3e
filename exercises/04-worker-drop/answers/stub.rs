//! What the learner starts from.

// ANSWER: drop
let _ = (&self.lines, &self.thread, self.bound);
todo!("close the channel, then wait for the thread, at most `bound`")
// ANSWER_END: drop
