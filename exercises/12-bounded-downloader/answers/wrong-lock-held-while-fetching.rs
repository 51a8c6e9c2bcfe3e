//! Workers share the URLs' iterator behind a `Mutex`, but `while let … = todo.lock()…` keeps the
//! guard alive for the whole loop body: each worker holds the lock while it downloads, so the
//! downloads run one at a time.
//! caught: forced

// ANSWER: download-all
let todo = Mutex::new(urls.iter().enumerate());
let mut results: Vec<_> = urls.iter().map(|_| None).collect();
thread::scope(|s| {
    let workers: Vec<_> = (0..max_concurrent)
        .map(|_| {
            let todo = &todo;
            s.spawn(move || {
                let mut done = Vec::new();
                while let Some((i, url)) = todo.lock().unwrap().next() {
                    done.push((i, fetch(url)));
                }
                done
            })
        })
        .collect();
    for (i, result) in workers.into_iter().flat_map(|w| w.join().unwrap()) {
        results[i] = Some(result);
    }
});
results.into_iter().map(Option::unwrap).collect()
// ANSWER_END: download-all

// ANSWER: imports
use std::sync::Mutex;
use std::thread;
// ANSWER_END: imports
