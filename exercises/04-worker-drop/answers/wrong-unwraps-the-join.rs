//! It unwraps `join`: a write that panicked makes `Drop` panic in turn (and a panic in a `Drop`
//! while the program already unwinds aborts it).
//! caught: assertion

// ANSWER: drop
drop(self.lines.take());
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
thread.join().expect("the writer panicked");
// ANSWER_END: drop
