//! Seed 004's `with Lock():`, a new lock on every call. No other thread ever sees it, so it
//! excludes nothing.
//! caught: forced

// ANSWER: update
let lock = Mutex::new(()); // `Lock()`: a lock no other thread can see
let _guard = lock.lock().unwrap(); // so this never waits
let local_val = data.lock().unwrap().val;
pause();
data.lock().unwrap().val = local_val + 1;
// ANSWER_END: update
