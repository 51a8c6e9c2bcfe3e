//! It closes the channel, sleeps the whole `bound`, then looks: every drop takes `bound`, even
//! when the queue was written long before.
//! caught: bound

// ANSWER: drop
drop(self.lines.take());
if let Some(thread) = self.thread.take() {
    thread::sleep(self.bound);
    if thread.is_finished() {
        let _ = thread.join();
    } else {
        eprintln!("writer still busy after {:?}; detaching it", self.bound);
    }
}
// ANSWER_END: drop
