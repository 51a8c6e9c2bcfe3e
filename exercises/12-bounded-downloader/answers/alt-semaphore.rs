//! One thread per URL, but each started only once it holds one of `max_concurrent` permits: a
//! counting semaphore on a `Mutex` and a `Condvar` (Python's `threading.Semaphore`).

// ANSWER: download-all
let free = Mutex::new(max_concurrent);
let returned = Condvar::new();
thread::scope(|s| {
    let mut handles = Vec::new();
    for url in urls {
        let mut permits = returned
            .wait_while(free.lock().unwrap(), |free| *free == 0)
            .unwrap();
        *permits -= 1; // taken under the same lock that saw it free
        drop(permits);
        let (free, returned) = (&free, &returned);
        handles.push(s.spawn(move || {
            let result = fetch(url);
            *free.lock().unwrap() += 1;
            returned.notify_one();
            result
        }));
    }
    handles.into_iter().map(|h| h.join().unwrap()).collect()
})
// ANSWER_END: download-all

// ANSWER: imports
use std::sync::{Condvar, Mutex};
use std::thread;
// ANSWER_END: imports
