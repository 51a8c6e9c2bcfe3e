//! One URL after another. Bounded, in order, and as slow as the sum of every latency.
//! caught: assertion

// ANSWER: docs-download-all
///
/// One URL after another, on the calling thread.
// ANSWER_END: docs-download-all

// ANSWER: download-all
let _ = max_concurrent;
urls.iter().map(|url| fetch(url)).collect()
// ANSWER_END: download-all

// ANSWER: imports

// ANSWER_END: imports
