//! A dropped permit goes back to the count, but nobody rings the `Condvar`, so a thread already
//! waiting sleeps on.
//! caught: assertion

// ANSWER: drop
*self.semaphore.left() += 1; // and no notify: a waiter never looks again
// ANSWER_END: drop
