//! Each thread makes a lock of its own: nobody else ever waits for it, so it excludes nobody.
//! caught: forced

// ANSWER: worker
let _ = lock;
let mine = Mutex::new(()); // `lock = threading.Lock()` inside the function
let mut held = gil.acquire();
for _ in 0..times {
    let _locked = held.allow_threads(|| mine.lock().unwrap());
    increment(&mut held, counter);
}
// ANSWER_END: worker
