//! An async block around a blocking call is still a blocking call, on the same thread.
//! caught: forced

// ANSWER: hash-async
async move { blocking_hash(data, work) }.await
// ANSWER_END: hash-async
