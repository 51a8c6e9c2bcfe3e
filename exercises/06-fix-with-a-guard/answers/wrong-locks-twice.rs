//! One guard from the read, but the write locks `data` again while that guard still lives: a
//! thread that locks a `Mutex` it holds waits for itself, forever.
//! caught: bound

// ANSWER: update
let guard = data.lock().unwrap();
let local_val = guard.val;
pause();
data.lock().unwrap().val = local_val + 1; // `guard` still holds the lock
// ANSWER_END: update
