//! It releases the Gil around the lock *and* the increment. The compiler refuses: `increment`
//! needs the guard (`&mut held`), which `allow_threads` is borrowing: Python code cannot run
//! without the Gil.
//! judge: compiler

// ANSWER: worker
let mut held = gil.acquire();
for _ in 0..times {
    held.allow_threads(|| {
        let _locked = lock.lock().unwrap();
        increment(&mut held, counter);
    });
}
// ANSWER_END: worker
