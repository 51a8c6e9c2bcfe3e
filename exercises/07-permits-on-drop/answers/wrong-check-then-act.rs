//! A racy check-then-act: `acquire` sees a free permit under one lock and takes it under
//! another. Two threads can both see the last permit and both take it.
//! caught: loom

// ANSWER: acquire
loop {
    if self.available() > 0 {
        // another thread can take the permit right here
        *self.left() -= 1;
        return SemaphorePermit { semaphore: self };
    }
    let left = self.left();
    drop(self.returned.wait_while(left, |left| *left == 0));
}
// ANSWER_END: acquire
