//! The same race in `try_acquire`: it reads the count, lets go of the lock, then takes a
//! permit. Two threads can both take the last one.
//! caught: loom

// ANSWER: try-acquire
if self.available() == 0 {
    return None;
}
*self.left() -= 1; // the permit seen free may be gone by now
Some(SemaphorePermit { semaphore: self })
// ANSWER_END: try-acquire
