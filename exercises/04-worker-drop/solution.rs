//! Exercise 04-worker-drop: a background writer whose `Drop` signals it, lets it finish its
//! queue, and waits for it, for a bounded time.
//! `cargo run -p practice -- check 04-worker-drop` checks it.

use std::sync::mpsc;
use std::thread::{self, JoinHandle};
// ANSWER: imports
use std::time::{Duration, Instant};
// ANSWER_END: imports

/// A background thread that writes each line sent to it, in order. Dropping the `Writer` lets
/// it write every line already sent, then waits for it, but never longer than `bound`.
pub struct Writer {
    /// The sending end of the thread's queue; `None` once closed.
    lines: Option<mpsc::Sender<String>>,
    /// The thread; `None` once waited for (or given up on).
    thread: Option<JoinHandle<()>>,
    /// How long dropping the `Writer` may wait for its thread.
    bound: Duration,
}

impl Writer {
    /// Given: starts the thread, which calls `write(line)` for each line sent, until the
    /// channel is closed and empty.
    pub fn start(bound: Duration, mut write: impl FnMut(String) + Send + 'static) -> Writer {
        let (lines, inbox) = mpsc::channel::<String>();
        let thread = thread::spawn(move || {
            for line in inbox {
                write(line);
            }
        });
        Writer {
            lines: Some(lines),
            thread: Some(thread),
            bound,
        }
    }

    /// Given: queues `line` for the thread.
    pub fn send(&self, line: impl Into<String>) {
        if let Some(lines) = &self.lines {
            let _ = lines.send(line.into());
        }
    }
}

impl Drop for Writer {
    /// Closes the channel, so that the thread writes every queued line and ends, then waits for
    /// it, at most `bound`; if it is still busy then, warns and leaves it detached.
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
