//! Another route: the loop `wait_while` hides, written out; `try_acquire` with `checked_sub`.

// ANSWER: acquire
let mut left = self.left();
while *left == 0 {
    left = self.returned.wait(left).unwrap();
}
*left -= 1;
SemaphorePermit { semaphore: self }
// ANSWER_END: acquire

// ANSWER: try-acquire
let mut left = self.left();
*left = left.checked_sub(1)?;
Some(SemaphorePermit { semaphore: self })
// ANSWER_END: try-acquire
