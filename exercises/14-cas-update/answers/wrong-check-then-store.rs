//! It checks that `val` still holds what it read, then stores: another thread can write between
//! the check and the store, and that write is lost. Only `compare_exchange` checks and writes as
//! one step.
//! caught: loom

// ANSWER: update
let mut seen = val.load(Relaxed);
for retries in 0.. {
    let new = work(seen);
    let now = val.load(Relaxed);
    if now == seen {
        val.store(new, Relaxed);
        return retries;
    }
    seen = now;
}
unreachable!("the loop only ends by returning")
// ANSWER_END: update
