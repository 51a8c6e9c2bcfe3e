//! Given: leave this file as it is. `Data`, `Flag` and `fence` are an `AtomicU64`, an
//! `AtomicBool` and `std::sync::atomic::fence`. In the library's own tests they are loom's,
//! which run `send` and `receive` in every interleaving, letting each load see any value the
//! memory model allows, and note each operation so that a failure shows the steps that led to it.

use std::sync::atomic::Ordering;

#[cfg(test)]
use loom::sync::atomic as sync;
#[cfg(not(test))]
use std::sync::atomic as sync;

/// An `AtomicU64`.
#[derive(Debug, Default)]
pub struct Data(sync::AtomicU64);

impl Data {
    /// Like `AtomicU64::store`.
    pub fn store(&self, value: u64, order: Ordering) {
        self.0.store(value, order);
        step(|| format!("data.store({value}, {order:?})"));
    }

    /// Like `AtomicU64::load`.
    pub fn load(&self, order: Ordering) -> u64 {
        let value = self.0.load(order);
        step(|| format!("data.load({order:?}) -> {value}"));
        value
    }
}

/// An `AtomicBool`.
#[derive(Debug, Default)]
pub struct Flag(sync::AtomicBool);

impl Flag {
    /// Like `AtomicBool::store`.
    pub fn store(&self, value: bool, order: Ordering) {
        self.0.store(value, order);
        step(|| format!("ready.store({value}, {order:?})"));
    }

    /// Like `AtomicBool::load`.
    pub fn load(&self, order: Ordering) -> bool {
        let value = self.0.load(order);
        step(|| format!("ready.load({order:?}) -> {value}"));
        value
    }
}

/// Like `std::sync::atomic::fence`.
pub fn fence(order: Ordering) {
    sync::fence(order);
    step(|| format!("fence({order:?})"));
}

/// Notes one step of a model's execution (nothing outside the tests).
fn step(what: impl FnOnce() -> String) {
    #[cfg(test)]
    grader::model::step(what());
    #[cfg(not(test))]
    let _ = what;
}

#[cfg(test)]
#[path = "../tests/model/mod.rs"]
mod model;
