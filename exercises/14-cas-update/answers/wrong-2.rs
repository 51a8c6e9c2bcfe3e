//! It retries, but always expects the value it first read. Once another thread has written, every
//! swap fails: it spins for ever.
//! caught: assertion

// ANSWER: docs-update
/// Retries the swap from the value first read.
// ANSWER_END: docs-update

// ANSWER: update
let current = val.load(Relaxed);
let mut retries = 0;
loop {
    let new = work(current);
    if val.compare_exchange(current, new, Relaxed, Relaxed).is_ok() {
        return retries;
    }
    retries += 1;
}
// ANSWER_END: update
