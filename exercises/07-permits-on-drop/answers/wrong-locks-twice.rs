//! `acquire` takes the permit through a second lock while its first guard still lives: a thread
//! that locks a `Mutex` it already holds waits for itself, forever.
//! caught: bound

// ANSWER: acquire
let _left = self
    .returned
    .wait_while(self.left(), |left| *left == 0)
    .unwrap();
*self.left() -= 1; // `_left` still holds the lock
SemaphorePermit { semaphore: self }
// ANSWER_END: acquire
