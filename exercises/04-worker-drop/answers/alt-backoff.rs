//! Looks quickly at first, then backs off to every 8 ms, never sleeping past the deadline.

// ANSWER: drop
self.lines = None;
if let Some(thread) = self.thread.take() {
    let deadline = Instant::now() + self.bound;
    let mut pause = Duration::from_micros(50);
    loop {
        if thread.is_finished() {
            let _ = thread.join();
            break;
        }
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            eprintln!("writer still busy after {:?}; detaching it", self.bound);
            break;
        }
        thread::sleep(pause.min(left));
        pause = (pause * 2).min(Duration::from_millis(8));
    }
}
// ANSWER_END: drop
