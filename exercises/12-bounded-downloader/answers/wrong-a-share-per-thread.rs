//! The URLs dealt out in advance, one share per thread: bounded and in order, but a thread whose
//! share is done sits idle while a slow download holds up the rest of another share.
//! caught: forced

// ANSWER: download-all
let share = urls.len().div_ceil(max_concurrent).max(1);
thread::scope(|s| {
    let workers: Vec<_> = urls
        .chunks(share)
        .map(|mine| s.spawn(move || mine.iter().map(|url| fetch(url)).collect::<Vec<_>>()))
        .collect();
    workers
        .into_iter()
        .flat_map(|w| w.join().unwrap())
        .collect()
})
// ANSWER_END: download-all

// ANSWER: imports
use std::thread;
// ANSWER_END: imports
