//! Exercise 07-permits-on-drop: Python's `BoundedSemaphore`, whose permits give themselves back
//! when dropped. `cargo run -p practice -- check 07-permits-on-drop` checks it.

use std::sync::{Condvar, Mutex, MutexGuard, PoisonError};
use std::thread;
use std::time::Duration;

/// At most `permits` threads at a time: Python's `BoundedSemaphore`, built from the count of
/// permits left and a `Condvar` rung when one comes back.
#[derive(Debug)]
pub struct Semaphore {
    /// How many permits are free.
    left: Mutex<usize>,
    /// Rung when a permit comes back.
    returned: Condvar,
}

/// One permit from a [`Semaphore`], given back when dropped: there is no other way to release.
#[must_use = "the permit is given back as soon as this is dropped"]
#[derive(Debug)]
pub struct SemaphorePermit<'a> {
    semaphore: &'a Semaphore,
}

// ANSWER: semaphore
impl Semaphore {
    /// Given: a semaphore with `permits` permits (Python: `BoundedSemaphore(permits)`).
    pub fn new(permits: usize) -> Self {
        Semaphore {
            left: Mutex::new(permits),
            returned: Condvar::new(),
        }
    }

    /// Given: how many permits are free right now. By the time you act on it, it may have
    /// changed: for reports and tests, not for decisions.
    pub fn available(&self) -> usize {
        *self.left()
    }

    /// Given: the count, locked.
    fn left(&self) -> MutexGuard<'_, usize> {
        self.left.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Waits for a free permit and takes it (Python: `with semaphore:`, or `acquire()`).
    pub fn acquire(&self) -> SemaphorePermit<'_> {
        let mut left = self
            .returned
            .wait_while(self.left(), |left| *left == 0)
            .unwrap_or_else(PoisonError::into_inner);
        *left -= 1; // checked and taken under the same guard
        SemaphorePermit { semaphore: self }
    }

    /// A permit if one is free right now, `None` otherwise, without waiting
    /// (Python: `semaphore.acquire(blocking=False)`).
    pub fn try_acquire(&self) -> Option<SemaphorePermit<'_>> {
        let mut left = self.left();
        if *left == 0 {
            return None;
        }
        *left -= 1;
        Some(SemaphorePermit { semaphore: self })
    }
}
// ANSWER_END: semaphore

impl Drop for SemaphorePermit<'_> {
    fn drop(&mut self) {
        // ANSWER: drop
        *self.semaphore.left() += 1;
        self.semaphore.returned.notify_one(); // one permit back: one waiter can have it
        // ANSWER_END: drop
    }
}

/// Given, instrumented: one worker's connection. Waits for a permit from `pool`, is
/// `connected` (a span on the chart) for `hold`, then gives the permit back.
pub fn connect(pool: &Semaphore, hold: Duration) {
    let _permit = pool.acquire();
    timing::span("connected", || thread::sleep(hold));
}
