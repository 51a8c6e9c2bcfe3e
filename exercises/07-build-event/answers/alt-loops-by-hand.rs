//! Another route: the loops `wait_while` and `wait_timeout_while` hide, written out, with a
//! deadline for the time left.

// ANSWER: wait
let mut flag = self.flag.lock().unwrap();
while !*flag {
    flag = self.changed.wait(flag).unwrap();
}
// ANSWER_END: wait

// ANSWER: wait-timeout
let deadline = std::time::Instant::now() + timeout;
let mut flag = self.flag.lock().unwrap();
while !*flag {
    let left = deadline.saturating_duration_since(std::time::Instant::now());
    if left.is_zero() {
        return false;
    }
    flag = self.changed.wait_timeout(flag, left).unwrap().0;
}
true
// ANSWER_END: wait-timeout
