//! Bounded, but the results are collected in the order the downloads finish: a URL that fails at
//! once (a closed port) comes first, and nobody can tell which result belongs to which URL.
//! caught: forced

// ANSWER: download-all
let todo = Mutex::new(urls.iter());
let (done, finished) = mpsc::channel();
thread::scope(|s| {
    for _ in 0..max_concurrent {
        let (todo, done) = (&todo, done.clone());
        s.spawn(move || {
            loop {
                let next = todo.lock().unwrap().next();
                let Some(url) = next else { break };
                let _ = done.send(fetch(url));
            }
        });
    }
});
drop(done);
finished.into_iter().collect()
// ANSWER_END: download-all

// ANSWER: imports
use std::sync::{Mutex, mpsc};
use std::thread;
// ANSWER_END: imports
