//! Exercise 14-publish-flag: a value handed over through a flag, with every ordering `Relaxed`.
//! It compiles, it seems to work on x86, and it is wrong. `cargo run -p practice -- check
//! 14-publish-flag` checks it.

use std::sync::atomic::Ordering::*;

mod given;
pub use given::{Data, Flag, fence};

/// One value, handed from one thread to another: the data, then a flag that says it is there.
#[derive(Debug, Default)]
pub struct Mailbox {
    data: Data,
    ready: Flag,
}

impl Mailbox {
    /// An empty mailbox: no data, flag down.
    pub fn new() -> Self {
        Self::default()
    }

    /// Puts `value` in the mailbox, then raises the flag.
    pub fn send(&self, value: u64) {
        // ANSWER: send
        self.data.store(value, Relaxed);
        self.ready.store(true, Release); // publishes the write above
        // ANSWER_END: send
    }

    /// `Some(value)` once the flag is up (and then always the value sent), `None` before: it
    /// does not wait.
    pub fn receive(&self) -> Option<u64> {
        // ANSWER: receive
        if self.ready.load(Acquire) {
            Some(self.data.load(Relaxed)) // read after the flag: sees what was published
        } else {
            None
        }
        // ANSWER_END: receive
    }
}
