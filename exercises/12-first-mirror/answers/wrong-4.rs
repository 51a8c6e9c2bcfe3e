//! It joins the threads in the order of the list (Python's `for future in futures:
//! future.result()`), so a slow or silent first mirror holds up the answer that another mirror
//! already gave.
//! caught: assertion

// ANSWER: docs-fetch-first
///
/// One thread per mirror, joined in order.
// ANSWER_END: docs-fetch-first

// ANSWER: fetch-first
let handles: Vec<_> = mirrors
    .iter()
    .map(|url| {
        let url = url.clone();
        thread::spawn(move || fetch(&url))
    })
    .collect();
let mut errors = Vec::new();
for handle in handles {
    match handle.join().expect("fetch does not panic") {
        Ok(body) => return Ok(body),
        Err(error) => errors.push(error),
    }
}
Err(errors.join("; "))
// ANSWER_END: fetch-first

// ANSWER: imports
use std::thread;
// ANSWER_END: imports
