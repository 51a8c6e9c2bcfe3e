//! `Drop` wakes a waiter but never counts the permit back up: the semaphore runs out for good.
//! caught: assertion

// ANSWER: drop
self.semaphore.returned.notify_one();
// ANSWER_END: drop
