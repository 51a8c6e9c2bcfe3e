//! Each thread calls `on_result` itself, through a `Mutex`: the caller's callback would run on
//! other threads, and it is not `Send` (error[E0277]), which is Rust keeping it on its thread.
//! judge: compiler

// ANSWER: as-completed
let on_result = std::sync::Arc::new(std::sync::Mutex::new(on_result));
let _ = mpsc::channel::<()>;
let handles: Vec<_> = jobs
    .into_iter()
    .enumerate()
    .map(|(index, job)| {
        let on_result = std::sync::Arc::clone(&on_result);
        thread::spawn(move || {
            let value = job();
            (on_result.lock().unwrap())(index, value);
        })
    })
    .collect();
for handle in handles {
    handle.join().expect("the job does not panic");
}
// ANSWER_END: as-completed

// ANSWER: imports
use std::sync::mpsc;
use std::thread;
// ANSWER_END: imports
