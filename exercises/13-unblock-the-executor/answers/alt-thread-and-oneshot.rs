//! A std thread of its own, and a tokio `oneshot` channel to await its result: `.await` on the
//! receiver gives the executor's thread back until the hash arrives.

// ANSWER: hash-async
let (sender, result) = tokio::sync::oneshot::channel();
std::thread::spawn(move || sender.send(blocking_hash(data, work)));
result.await.expect("blocking_hash does not panic")
// ANSWER_END: hash-async
