//! `acquire` waits until a permit is free but does not take it, so every caller gets through.
//! caught: assertion

// ANSWER: drop
*self.semaphore.left() += 1;
self.semaphore.returned.notify_one();
// ANSWER_END: drop

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

    /// Waits until a permit is free, and leaves it there.
    pub fn acquire(&self) -> SemaphorePermit<'_> {
        let _left = self
            .returned
            .wait_while(self.left(), |left| *left == 0)
            .unwrap_or_else(PoisonError::into_inner);
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
