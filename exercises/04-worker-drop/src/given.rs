//! Given: leave this file as it is. The `Writer`, its thread and its queue; you write its `Drop`.

use std::sync::mpsc;
use std::thread::{self, JoinHandle};
use std::time::Duration;

/// A background thread that writes each line sent to it, in order. Dropping the `Writer` lets
/// it write every line already sent, then waits for it, but never longer than `bound`.
pub struct Writer {
    /// The sending end of the thread's queue; `None` once closed.
    pub(crate) lines: Option<mpsc::Sender<String>>,
    /// The thread; `None` once waited for (or given up on).
    pub(crate) thread: Option<JoinHandle<()>>,
    /// How long dropping the `Writer` may wait for its thread.
    pub(crate) bound: Duration,
}

impl Writer {
    /// Starts the thread, which calls `write(line)` for each line sent, until the channel is
    /// closed and empty.
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

    /// Queues `line` for the thread.
    pub fn send(&self, line: impl Into<String>) {
        if let Some(lines) = &self.lines {
            let _ = lines.send(line.into());
        }
    }
}
