//! Given: leave this file as it is. The `Semaphore`'s fields, made of a `Mutex` and a `Condvar`
//! that work as std's and also tell the tests what happens on them (in the library's own tests,
//! they are loom's, which runs two threads through one permit in every interleaving).

use std::time::Duration;

#[cfg(test)]
use grader::sync::modelled as sync;
#[cfg(not(test))]
use grader::sync::os as sync;

pub use sync::{Condvar, Mutex, MutexGuard};

/// At most `permits` threads at a time: Python's `BoundedSemaphore`, built from the count of
/// permits left and a `Condvar` rung when one comes back.
#[derive(Debug)]
pub struct Semaphore {
    /// How many permits are free.
    pub(crate) left: Mutex<usize>,
    /// Rung when a permit comes back.
    pub(crate) returned: Condvar,
}

/// One permit from a [`Semaphore`], given back when dropped: there is no other way to release.
#[must_use = "the permit is given back as soon as this is dropped"]
#[derive(Debug)]
pub struct SemaphorePermit<'a> {
    pub(crate) semaphore: &'a Semaphore,
}

impl Semaphore {
    /// A semaphore with `permits` permits (Python: `BoundedSemaphore(permits)`).
    pub fn new(permits: usize) -> Self {
        Semaphore {
            left: Mutex::named("the count", permits),
            returned: Condvar::named("`returned`"),
        }
    }

    /// For the tests: a semaphore whose `Condvar` wakes its sleepers every millisecond without a
    /// notification. std's `Condvar` may wake a thread at any time, for no reason.
    pub fn restless(permits: usize) -> Self {
        Semaphore {
            returned: Condvar::named("`returned`").restless(),
            ..Semaphore::new(permits)
        }
    }

    /// How many permits are free right now. By the time you act on it, it may have changed: for
    /// reports and tests, not for decisions.
    pub fn available(&self) -> usize {
        *self.left()
    }

    /// For the tests: how many threads are asleep on `returned` now.
    pub fn sleeping(&self) -> usize {
        self.returned.sleeping()
    }

    /// For the tests: how many times a thread has gone to sleep on `returned`.
    pub fn waits(&self) -> usize {
        self.returned.waits()
    }

    /// The count, locked.
    pub(crate) fn left(&self) -> MutexGuard<'_, usize> {
        self.left
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

/// One worker's connection: waits for a permit from `pool`, is `connected` (a span on the
/// chart) for `hold`, then gives the permit back.
pub fn connect(pool: &Semaphore, hold: Duration) {
    let _permit = pool.acquire();
    grader::span("connected", || std::thread::sleep(hold));
}

#[cfg(test)]
#[path = "../tests/model/mod.rs"]
mod model;
