//! A dropped permit goes back to the count, but nobody rings `returned`: a thread already asleep
//! in `acquire` sleeps on.
//! caught: forced

// ANSWER: drop
*self.semaphore.left() += 1; // and no notify: a waiter never looks again
// ANSWER_END: drop
