//! Publishing a value through a flag: wrong with `Relaxed`, right with `Release` and `Acquire`.

use crate::sync::AtomicBool;
use crate::sync::AtomicU64;
use crate::sync::Ordering::{Acquire, Relaxed, Release};

// ANCHOR: mailbox
/// One value, handed from one thread to another: `data`, then a `ready` flag that says it is
/// there. Both are atomics, so nothing here is a data race; the orderings decide whether a
/// reader that sees `ready` also sees `data`.
#[derive(Debug, Default)]
pub struct Mailbox {
    data: AtomicU64,
    ready: AtomicBool,
}
// ANCHOR_END: mailbox

// ANCHOR: relaxed
/// WRONG: a reader can see `ready == true` and still read the old `data` (0).
impl Mailbox {
    /// Stores `value`, then raises the flag, both `Relaxed`.
    pub fn send_relaxed(&self, value: u64) {
        self.data.store(value, Relaxed);
        self.ready.store(true, Relaxed);
    }

    /// `Some(data)` once the flag is up: possibly a stale `Some(0)`.
    pub fn receive_relaxed(&self) -> Option<u64> {
        self.ready.load(Relaxed).then(|| self.data.load(Relaxed))
    }
}
// ANCHOR_END: relaxed

// ANCHOR: release_acquire
/// Right: `data` can stay `Relaxed`; the flag's Release/Acquire pair orders it.
impl Mailbox {
    /// Stores `value`, then raises the flag with `Release`.
    pub fn send(&self, value: u64) {
        self.data.store(value, Relaxed);
        self.ready.store(true, Release); // everything above is published with it
    }

    /// `Some(value)` once the flag is up, and then always the value that was sent.
    pub fn receive(&self) -> Option<u64> {
        self.ready.load(Acquire).then(|| self.data.load(Relaxed)) // read after the flag
    }
}
// ANCHOR_END: release_acquire

impl Mailbox {
    /// An empty mailbox: no data, flag down.
    pub fn new() -> Self {
        Mailbox {
            data: AtomicU64::new(0),
            ready: AtomicBool::new(false),
        }
    }
}
