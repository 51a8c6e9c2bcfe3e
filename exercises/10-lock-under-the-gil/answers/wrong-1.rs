//! It waits for the lock while holding the Gil. The lock's holder then waits for the Gil: a
//! deadlock.
//! caught: assertion

// ANSWER: worker
pub fn worker(gil: &Gil, counter: &PyInt, lock: &Mutex<()>, times: u64) {
    let mut held = gil.acquire();
    for _ in 0..times {
        let _locked = lock.lock().unwrap();
        increment(&mut held, counter);
    }
}
// ANSWER_END: worker
