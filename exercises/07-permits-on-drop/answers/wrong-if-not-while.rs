//! `acquire` sleeps once (`if`, not `while`) and takes a permit whatever woke it: a wake-up with
//! no permit back takes one that is not there.
//! caught: forced

// ANSWER: acquire
let mut left = self.left();
if *left == 0 {
    left = self.returned.wait(left).unwrap();
}
*left -= 1;
SemaphorePermit { semaphore: self }
// ANSWER_END: acquire
