//! Given: leave this file as it is. `Data` and `Flag` are an `AtomicU64` and an `AtomicBool`
//! that also note, for the tests, each operation the current thread makes on them and the
//! ordering it passed.

use std::cell::RefCell;
use std::sync::atomic::Ordering;
use std::sync::atomic::{AtomicBool, AtomicU64};

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
