//! `block_in_place` needs a multi-thread runtime, and panics on a current-thread one.
//! caught: assertion

// ANSWER: hash-async
tokio::task::block_in_place(move || blocking_hash(data, work))
// ANSWER_END: hash-async
