//! [`Semaphore`]: Python's `threading.BoundedSemaphore`, with permits that give themselves back.
//!
//! ```
//! use sync_primitives::Semaphore;
//!
//! let connections = Semaphore::new(2);
//! let a = connections.acquire();
//! let b = connections.acquire();
//! assert!(connections.try_acquire().is_none()); // both permits are out
//! drop(a);
//! assert_eq!(connections.available(), 1);
//! # drop(b);
//! ```
//!
//! A permit borrows its semaphore, so it cannot outlive it:
//!
//! ```compile_fail,E0597
//! let permit = {
//!     let connections = sync_primitives::Semaphore::new(1);
//!     connections.acquire() // error[E0597]: `connections` does not live long enough
//! };
//! ```

use std::sync::PoisonError;
use std::time::{Duration, Instant};

use crate::sync::{Condvar, Mutex, MutexGuard};

// ANCHOR: semaphore
/// At most `permits` threads at a time: Python's `BoundedSemaphore`, built from the count of
/// permits left and a `Condvar` rung when one comes back.
#[derive(Debug)]
pub struct Semaphore {
    left: Mutex<usize>,
    returned: Condvar,
}

/// One permit from a [`Semaphore`], given back when dropped: there is no other way to release.
#[must_use = "the permit is given back as soon as this is dropped"]
#[derive(Debug)]
pub struct SemaphorePermit<'a> {
    semaphore: &'a Semaphore,
}

impl Semaphore {
    /// Waits for a permit (Python: `with semaphore:`, or `semaphore.acquire()`).
    pub fn acquire(&self) -> SemaphorePermit<'_> {
        let mut left = self.left();
        while *left == 0 {
            left = self
                .returned
                .wait(left)
                .unwrap_or_else(PoisonError::into_inner);
        }
        *left -= 1; // checked and taken under the same guard
        SemaphorePermit { semaphore: self }
    }
}
// ANCHOR_END: semaphore

// ANCHOR: permit_drop
impl Drop for SemaphorePermit<'_> {
    fn drop(&mut self) {
        *self.semaphore.left() += 1;
        self.semaphore.returned.notify_one();
    }
}
// ANCHOR_END: permit_drop

// ANCHOR: semaphore_more
impl Semaphore {
    /// A permit if one is free right now, `None` otherwise
    /// (Python: `semaphore.acquire(blocking=False)`).
    pub fn try_acquire(&self) -> Option<SemaphorePermit<'_>> {
        let mut left = self.left();
        if *left == 0 {
            return None;
        }
        *left -= 1;
        Some(SemaphorePermit { semaphore: self })
    }

    /// Waits at most `timeout` for a permit (Python: `semaphore.acquire(timeout=...)`).
    pub fn acquire_timeout(&self, timeout: Duration) -> Option<SemaphorePermit<'_>> {
        let Some(deadline) = Instant::now().checked_add(timeout) else {
            return Some(self.acquire()); // a timeout too long to represent is no timeout
        };
        let mut left = self.left();
        while *left == 0 {
            let time_left = deadline.saturating_duration_since(Instant::now());
            if time_left.is_zero() {
                return None;
            }
            left = match self.returned.wait_timeout(left, time_left) {
                Ok((left, _)) => left,
                Err(poisoned) => poisoned.into_inner().0,
            };
        }
        *left -= 1;
        Some(SemaphorePermit { semaphore: self })
    }
}
// ANCHOR_END: semaphore_more

impl Semaphore {
    /// A semaphore with `permits` permits (Python: `BoundedSemaphore(permits)`).
    pub fn new(permits: usize) -> Self {
        Semaphore {
            left: Mutex::new(permits),
            returned: Condvar::new(),
        }
    }

    /// How many permits are free right now (Python: `semaphore._value`). By the time you act
    /// on it, it may have changed: use it for reports, not for decisions.
    pub fn available(&self) -> usize {
        *self.left()
    }

    // Nothing panics while holding this lock, so a poisoned count is still a valid count.
    fn left(&self) -> MutexGuard<'_, usize> {
        self.left.lock().unwrap_or_else(PoisonError::into_inner)
    }
}
