//! It joins the threads in the order of the list (Python's `for future in futures:
//! future.result()`), so a silent first mirror holds up the answer another mirror already gave.
//! caught: bound

// ANSWER: fetch-first
let handles: Vec<_> = mirrors
    .iter()
    .cloned()
    .map(|url| thread::spawn(move || fetch(&url)))
    .collect();
let mut why = String::from("no mirrors to ask");
for handle in handles {
    match handle.join().unwrap() {
        Ok(body) => return Ok(body),
        Err(error) => why = format!("{why}; {error}"),
    }
}
Err(why)
// ANSWER_END: fetch-first

// ANSWER: imports
use std::thread;
// ANSWER_END: imports
