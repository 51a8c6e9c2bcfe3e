//! One URL after another, on the calling thread: bounded and in order, but never two downloads
//! at once, so the whole list takes the sum of every latency.
//! caught: forced

// ANSWER: download-all
let _ = max_concurrent;
urls.iter().map(|url| fetch(url)).collect()
// ANSWER_END: download-all
