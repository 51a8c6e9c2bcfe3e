//! `try_acquire` waits for a permit when none is free, instead of answering `None` at once.
//! caught: assertion

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

    /// Waits like `acquire`: Python's `acquire(blocking=False)` never does.
    pub fn try_acquire(&self) -> Option<SemaphorePermit<'_>> {
        Some(self.acquire())
    }
}
// ANSWER_END: semaphore
