//! It closes the channel, looks once whether the thread has finished, and gives up at once if
//! not: the lines still queued are left to a detached thread.
//! caught: forced

// ANSWER: drop
drop(self.lines.take());
if let Some(thread) = self.thread.take() {
    if thread.is_finished() {
        let _ = thread.join();
    } else {
        eprintln!("writer still busy; detaching it");
    }
}
// ANSWER_END: drop
