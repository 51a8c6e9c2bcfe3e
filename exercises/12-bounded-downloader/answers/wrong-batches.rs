//! Batches of `max_concurrent`, each joined before the next starts (asyncio's `gather` per
//! batch): never too many at once, but one slow download holds up every URL after its batch.
//! caught: forced

// ANSWER: download-all
let mut results = Vec::new();
for batch in urls.chunks(max_concurrent) {
    thread::scope(|s| {
        let handles: Vec<_> = batch
            .iter()
            .map(|url| s.spawn(move || fetch(url)))
            .collect();
        results.extend(handles.into_iter().map(|h| h.join().unwrap()));
    });
}
results
// ANSWER_END: download-all

// ANSWER: imports
use std::thread;
// ANSWER_END: imports
