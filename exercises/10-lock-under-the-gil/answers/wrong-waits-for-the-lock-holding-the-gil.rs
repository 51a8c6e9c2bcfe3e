//! It waits for the lock while holding the Gil. The lock's holder, handed out of the Gil in the
//! middle of its increment, then waits for the Gil: a deadlock.
//! caught: forced

// ANSWER: worker
let mut held = gil.acquire();
for _ in 0..times {
    let _locked = lock.lock().unwrap(); // waits with the Gil held
    increment(&mut held, counter);
}
// ANSWER_END: worker
