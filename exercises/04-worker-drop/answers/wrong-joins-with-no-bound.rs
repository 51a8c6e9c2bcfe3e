//! It closes the channel and joins, with no bound: a write that is stuck hangs `Drop`, and the
//! program with it.
//! caught: bound

// ANSWER: drop
drop(self.lines.take());
if let Some(thread) = self.thread.take() {
    let _ = thread.join();
}
// ANSWER_END: drop
