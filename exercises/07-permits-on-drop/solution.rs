//! Exercise 07-permits-on-drop: Python's `BoundedSemaphore`, whose permits give themselves back
//! when dropped. `cargo run -p practice -- check 07-permits-on-drop` checks it.

mod given;
pub use given::{Semaphore, SemaphorePermit, connect};

impl Semaphore {
    /// Waits for a free permit and takes it (Python: `with semaphore:`, or `acquire()`).
    pub fn acquire(&self) -> SemaphorePermit<'_> {
        // ANSWER: acquire
        let mut left = self
            .returned
            .wait_while(self.left(), |left| *left == 0)
            .unwrap();
        *left -= 1; // checked and taken under the same guard
        SemaphorePermit { semaphore: self }
        // ANSWER_END: acquire
    }

    /// A permit if one is free right now, `None` otherwise, without waiting
    /// (Python: `semaphore.acquire(blocking=False)`).
    pub fn try_acquire(&self) -> Option<SemaphorePermit<'_>> {
        // ANSWER: try-acquire
        let mut left = self.left();
        if *left == 0 {
            return None;
        }
        *left -= 1;
        Some(SemaphorePermit { semaphore: self })
        // ANSWER_END: try-acquire
    }
}

impl Drop for SemaphorePermit<'_> {
    fn drop(&mut self) {
        // ANSWER: drop
        *self.semaphore.left() += 1;
        self.semaphore.returned.notify_one(); // one permit back: one waiter can have it
        // ANSWER_END: drop
    }
}
