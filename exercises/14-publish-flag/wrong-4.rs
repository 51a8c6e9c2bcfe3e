//! A typical wrong answer to 14-publish-flag (the graders must reject it): the data is read
//! before the flag, so the `Acquire` comes too late to order it.
#![allow(unused_imports)]

use std::cell::RefCell;
use std::sync::atomic::Ordering::{self, Acquire, Relaxed, Release};
use std::sync::atomic::{AtomicBool, AtomicU64};

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
        self.data.store(value, Relaxed);
        self.ready.store(true, Release); // publishes the write above
    }

    /// `Some(value)` once the flag is up (and then always the value sent), `None` before.
    pub fn receive(&self) -> Option<u64> {
        let data = self.data.load(Relaxed);
        if self.ready.load(Acquire) {
            Some(data)
        } else {
            None
        }
    }
}

// ---- Given: leave this part as it is. ----------------------------------------------------------
// `Data` and `Flag` are an `AtomicU64` and an `AtomicBool` that also note, for the tests, each
// operation the current thread makes on them and the ordering it passed.

/// An `AtomicU64` that notes each operation made on it, for the tests.
#[derive(Debug, Default)]
pub struct Data(AtomicU64);

impl Data {
    /// Like `AtomicU64::store`.
    pub fn store(&self, value: u64, order: Ordering) {
        note("data.store", order);
        self.0.store(value, order);
    }

    /// Like `AtomicU64::load`.
    pub fn load(&self, order: Ordering) -> u64 {
        note("data.load", order);
        self.0.load(order)
    }
}

/// An `AtomicBool` that notes each operation made on it, for the tests.
#[derive(Debug, Default)]
pub struct Flag(AtomicBool);

impl Flag {
    /// Like `AtomicBool::store`.
    pub fn store(&self, value: bool, order: Ordering) {
        note("ready.store", order);
        self.0.store(value, order);
    }

    /// Like `AtomicBool::load`.
    pub fn load(&self, order: Ordering) -> bool {
        note("ready.load", order);
        self.0.load(order)
    }
}

thread_local! {
    static NOTES: RefCell<Vec<(&'static str, Ordering)>> = const { RefCell::new(Vec::new()) };
}

fn note(operation: &'static str, order: Ordering) {
    NOTES.with(|notes| notes.borrow_mut().push((operation, order)));
}

/// The operations this thread made on `Data` and `Flag` since the last call, in order.
pub fn take_notes() -> Vec<(&'static str, Ordering)> {
    NOTES.with(RefCell::take)
}
