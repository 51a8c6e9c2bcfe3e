//! Bounded, but the results are collected in the order the downloads finish, so a URL that fails
//! at once (a closed port) comes first, and nobody can tell which result belongs to which URL.
//! caught: assertion

// ANSWER: docs-download-all
///
/// `max_concurrent` workers share an iterator over the URLs and send each result as it comes.
// ANSWER_END: docs-download-all

// ANSWER: download-all
let urls = Mutex::new(urls.iter());
let (done, finished) = mpsc::channel();
thread::scope(|s| {
    for _ in 0..max_concurrent {
        let (urls, done) = (&urls, done.clone());
        s.spawn(move || {
            loop {
                let Some(url) = urls.lock().unwrap().next() else {
                    break;
                };
                let _ = done.send(fetch(url));
            }
        });
    }
});
drop(done);
finished.into_iter().collect()
// ANSWER_END: download-all

// ANSWER: imports
use std::sync::Mutex;
use std::sync::mpsc;
use std::thread;
// ANSWER_END: imports
