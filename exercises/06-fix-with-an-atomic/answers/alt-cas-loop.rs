//! Another route: read before the pause, then a `compare_exchange_weak` loop that retries from
//! the value it finds, so a change made meanwhile is never overwritten.

// ANSWER: add-one
let mut current = counter.load(Relaxed);
pause();
while let Err(actual) = counter.compare_exchange_weak(current, current + 1, Relaxed, Relaxed) {
    current = actual;
}
// ANSWER_END: add-one
