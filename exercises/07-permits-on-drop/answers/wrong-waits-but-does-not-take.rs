//! `acquire` waits until a permit is free but does not take it, so every caller gets through.
//! caught: assertion

// ANSWER: acquire
let _left = self
    .returned
    .wait_while(self.left(), |left| *left == 0)
    .unwrap();
SemaphorePermit { semaphore: self }
// ANSWER_END: acquire
