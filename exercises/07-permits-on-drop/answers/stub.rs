//! What the learner starts from.

// ANSWER: drop
let _ = self.semaphore;
todo!("give the permit back, and wake a thread waiting for one")
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

    /// Waits for a free permit and takes it (Python: `with semaphore:`, or `acquire()`).
    pub fn acquire(&self) -> SemaphorePermit<'_> {
        let _ = &self.returned;
        todo!("wait while no permit is free, then take one, under the same guard")
    }

    /// A permit if one is free right now, `None` otherwise, without waiting
    /// (Python: `semaphore.acquire(blocking=False)`).
    pub fn try_acquire(&self) -> Option<SemaphorePermit<'_>> {
        todo!("take a permit if one is free")
    }
}
// ANSWER_END: semaphore
