//! It never blocks on the lock: it tries, and while the lock is taken it lets the eval loop hand
//! the Gil to the thread that holds it (`switch_if_due`).

// ANSWER: worker
let mut held = gil.acquire();
for _ in 0..times {
    let _locked = loop {
        if let Ok(locked) = lock.try_lock() {
            break locked;
        }
        held.switch_if_due(); // the holder waits for the Gil to finish its increment
    };
    increment(&mut held, counter);
}
// ANSWER_END: worker
