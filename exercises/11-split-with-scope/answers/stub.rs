//! What the learner starts from.

// ANSWER: sum-on-threads
let _ = (numbers, threads, &work, thread::current());
todo!("split the slice into chunks, start a scoped thread per chunk, then join them all")
// ANSWER_END: sum-on-threads
