//! No update is lost, but `pause` runs before the lock is taken: the seed's sleep is inside
//! `with self._lock:`, between the read and the write.
//! caught: assertion

// ANSWER: update
pause();
data.lock().unwrap().val += 1;
// ANSWER_END: update
