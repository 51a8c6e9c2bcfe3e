//! The hash runs on a thread of its own, but `join` blocks the executor's thread while it waits.
//! caught: forced

// ANSWER: hash-async
std::thread::spawn(move || blocking_hash(data, work))
    .join()
    .expect("blocking_hash does not panic")
// ANSWER_END: hash-async
