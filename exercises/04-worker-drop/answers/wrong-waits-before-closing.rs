//! It waits for the thread before closing the channel. `lines` is dropped only after `drop`
//! returns, so the thread waits for more lines, and `Drop` waits for the thread, up to `bound`.
//! caught: bound

// ANSWER: drop
let Some(thread) = self.thread.take() else {
    return;
};
let deadline = Instant::now() + self.bound;
while !thread.is_finished() {
    if Instant::now() >= deadline {
        eprintln!("writer still busy after {:?}; detaching it", self.bound);
        return;
    }
    thread::sleep(Duration::from_millis(1));
}
let _ = thread.join();
// ANSWER_END: drop
