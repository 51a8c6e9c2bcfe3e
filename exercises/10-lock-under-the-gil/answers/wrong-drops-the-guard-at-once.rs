//! It takes the lock, but `let _ = ...` drops the guard on the spot: the lock would be free
//! again before the increment starts. Rust refuses it (`let_underscore_lock` is an error).
//! judge: compiler

// ANSWER: worker
let mut held = gil.acquire();
for _ in 0..times {
    let _ = held.allow_threads(|| lock.lock().unwrap()); // `_` keeps nothing
    increment(&mut held, counter);
}
// ANSWER_END: worker
