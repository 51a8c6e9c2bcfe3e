//! It takes the lock inside `allow_threads`, and the guard goes out of scope with the closure:
//! the lock is free again before the increment starts.
//! caught: forced

// ANSWER: worker
let mut held = gil.acquire();
for _ in 0..times {
    held.allow_threads(|| {
        let _locked = lock.lock().unwrap();
    }); // ... and released here
    increment(&mut held, counter);
}
// ANSWER_END: worker
