//! The seed's way, one thread per URL: in order and fast, but unbounded. 100,000 URLs would be
//! 100,000 threads, and as many connections open on one server.
//! caught: forced

// ANSWER: download-all
let _ = max_concurrent;
thread::scope(|s| {
    let handles: Vec<_> = urls.iter().map(|url| s.spawn(move || fetch(url))).collect();
    handles.into_iter().map(|h| h.join().unwrap()).collect()
})
// ANSWER_END: download-all

// ANSWER: imports
use std::thread;
// ANSWER_END: imports
