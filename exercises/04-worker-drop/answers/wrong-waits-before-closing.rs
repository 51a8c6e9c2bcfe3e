//! It waits for the thread before closing the channel. `lines` is dropped only after `drop`
//! returns, so the thread waits for more lines, and `Drop` waits for the thread, up to `bound`.
//! caught: bound

// ANSWER: drop
let started = Instant::now();
if let Some(thread) = self.thread.take() {
    loop {
        if thread.is_finished() {
            let _ = thread.join();
            break;
        } else if started.elapsed() > self.bound {
            eprintln!("writer still busy; detaching it");
            break;
        }
        thread::sleep(Duration::from_millis(1));
    }
}
self.lines = None; // the signal, too late
// ANSWER_END: drop
