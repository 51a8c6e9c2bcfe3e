//! What the learner starts from.

// ANSWER: download-all
let _ = (urls, max_concurrent);
todo!("start at most max_concurrent threads that share the URLs, and keep each result's place")
// ANSWER_END: download-all

// ANSWER: imports

// ANSWER_END: imports
