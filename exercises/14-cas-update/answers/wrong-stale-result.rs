//! It retries from the newer value, but keeps the result it computed from the old one, so it
//! writes a stale result over the other thread's.
//! caught: loom

// ANSWER: update
let mut current = val.load(Relaxed);
let new = work(current);
let mut retries = 0;
while let Err(actual) = val.compare_exchange(current, new, Relaxed, Relaxed) {
    current = actual;
    retries += 1;
}
retries
// ANSWER_END: update
