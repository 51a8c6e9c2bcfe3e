//! It unwraps `join`: a write that panicked makes `Drop` panic in turn (and a panic in a `Drop`
//! while the program already unwinds aborts it).
//! caught: assertion

// ANSWER: drop
self.lines.take();
let deadline = Instant::now() + self.bound;
let thread = self.thread.take().expect("dropped once");
while !thread.is_finished() && Instant::now() < deadline {
    thread::sleep(Duration::from_millis(1));
}
if thread.is_finished() {
    thread.join().expect("the writer panicked");
} else {
    eprintln!("writer still busy after {:?}; detaching it", self.bound);
}
// ANSWER_END: drop
