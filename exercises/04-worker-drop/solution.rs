//! Exercise 04-worker-drop: a background writer whose `Drop` signals it, lets it finish its
//! queue, and waits for it, for a bounded time.
//! `cargo run -p practice -- check 04-worker-drop` checks it.

#[allow(unused_imports)] // what your `drop` is likely to need
use std::{
    thread,
    time::{Duration, Instant},
};

mod given;
pub use given::Writer;

impl Drop for Writer {
    /// Closes the channel, so that the thread writes every queued line and ends, then waits for
    /// it, at most `bound`; if it is still busy then, warns and leaves it detached. The fields
    /// (see `src/given.rs`): `lines: Option<Sender<String>>`, `thread: Option<JoinHandle<()>>`,
    /// `bound: Duration`.
    fn drop(&mut self) {
        // ANSWER: drop
        drop(self.lines.take()); // the signal: the thread's loop ends once the queue is empty
        let Some(thread) = self.thread.take() else {
            return;
        };
        let deadline = Instant::now() + self.bound;
        while !thread.is_finished() {
            if Instant::now() >= deadline {
                eprintln!("writer still busy after {:?}; detaching it", self.bound);
                return; // dropping `thread` detaches it
            }
            thread::sleep(Duration::from_millis(1));
        }
        let _ = thread.join(); // finished: returns at once (a panic in `write` is not re-raised)
        // ANSWER_END: drop
    }
}
