//! `gather` with no timeout at all waits for a job that never ends.
//! caught: assertion

// ANSWER: wait-for-each
let _ = limit;
let tasks: Vec<_> = jobs.into_iter().map(tokio::spawn).collect();
let mut results = Vec::new();
for task in tasks {
    results.push(Ok(task.await.expect("a job does not panic")));
}
results
// ANSWER_END: wait-for-each
