//! What the learner starts from: it locks `data` once to read and again to write. The lock is
//! free in between, so another thread can read the same `val` there, and one update is lost.

// ANSWER: update
let local_val = data.lock().unwrap().val; // lock, read, unlock
pause(); // the lock is free: another thread reads the same val
data.lock().unwrap().val = local_val + 1; // lock, write, unlock
// ANSWER_END: update
