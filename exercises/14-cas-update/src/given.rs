//! Given: leave this file as it is. `AtomicUsize` works as std's. In the library's own tests it
//! is loom's, which runs `update` on two threads in every interleaving, and it notes each
//! operation, so that a failure shows the steps that led to it.

use std::sync::atomic::Ordering;

use grader::model::step;

#[cfg(test)]
use loom::sync::atomic as sync;
#[cfg(not(test))]
use std::sync::atomic as sync;

/// What a compare-and-swap returns: `Ok(old)` when it stored, `Err(what val held)` when not.
pub type Swap = Result<usize, usize>;

/// `std::sync::atomic::AtomicUsize`: the methods an update needs.
#[derive(Debug, Default)]
pub struct AtomicUsize(sync::AtomicUsize);

impl AtomicUsize {
    /// Like `AtomicUsize::new`.
    pub fn new(value: usize) -> Self {
        AtomicUsize(sync::AtomicUsize::new(value))
    }

    /// Like `AtomicUsize::load`.
    pub fn load(&self, order: Ordering) -> usize {
        let value = self.0.load(order);
        step(format!("val.load() -> {value}"));
        value
    }

    /// Like `AtomicUsize::store`.
    pub fn store(&self, value: usize, order: Ordering) {
        self.0.store(value, order);
        step(format!("val.store({value})"));
    }

    /// Like `AtomicUsize::compare_exchange`: stores `new` if `val` holds `old` (ordering `s`),
    /// else returns what it holds (ordering `f`).
    pub fn compare_exchange(&self, old: usize, new: usize, s: Ordering, f: Ordering) -> Swap {
        let result = self.0.compare_exchange(old, new, s, f);
        step(format!("val.compare_exchange({old}, {new}) -> {result:?}"));
        result
    }

    /// Like `AtomicUsize::compare_exchange_weak` (here it never fails spuriously).
    pub fn compare_exchange_weak(&self, old: usize, new: usize, s: Ordering, f: Ordering) -> Swap {
        self.compare_exchange(old, new, s, f)
    }

    /// Like `AtomicUsize::fetch_update`: `f` is called again with the newer value each time
    /// the swap fails.
    pub fn fetch_update(
        &self,
        set_order: Ordering,
        fetch_order: Ordering,
        mut f: impl FnMut(usize) -> Option<usize>,
    ) -> Result<usize, usize> {
        let mut current = self.load(fetch_order);
        while let Some(new) = f(current) {
            match self.compare_exchange(current, new, set_order, fetch_order) {
                Ok(previous) => return Ok(previous),
                Err(actual) => current = actual,
            }
        }
        Err(current)
    }

    /// Like `AtomicUsize::into_inner`.
    pub fn into_inner(self) -> usize {
        self.0.into_inner()
    }
}

#[cfg(test)]
#[path = "../tests/model/mod.rs"]
mod model;
