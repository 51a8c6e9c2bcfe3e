//! `Drop` rings `returned`, then gives the permit back under a lock of its own: a waiter woken in
//! between finds no permit and sleeps again, and nothing rings for the permit.
//! caught: loom

// ANSWER: drop
self.semaphore.returned.notify_one();
*self.semaphore.left() += 1;
// ANSWER_END: drop
