//! A spawned *task* runs on the runtime's thread too, and blocks it just the same.
//! caught: forced

// ANSWER: hash-async
tokio::spawn(async move { blocking_hash(data, work) })
    .await
    .expect("blocking_hash does not panic")
// ANSWER_END: hash-async
