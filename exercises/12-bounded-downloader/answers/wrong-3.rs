//! The seed's way, one thread per URL. Correct and fast, but unbounded: 100,000 URLs would be
//! 100,000 threads and as many connections open on one server.
//! caught: assertion

// ANSWER: docs-download-all
///
/// One thread per URL, joined in order.
// ANSWER_END: docs-download-all

// ANSWER: download-all
let _ = max_concurrent;
thread::scope(|s| {
    let handles: Vec<_> = urls.iter().map(|url| s.spawn(move || fetch(url))).collect();
    handles
        .into_iter()
        .map(|handle| handle.join().expect("fetch does not panic"))
        .collect()
})
// ANSWER_END: download-all

// ANSWER: imports
use std::thread;
// ANSWER_END: imports
