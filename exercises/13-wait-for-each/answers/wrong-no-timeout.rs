//! `gather` with no timeout at all waits for a job that never ends.
//! caught: bound

// ANSWER: wait-for-each
let _ = limit;
let mut outputs = Vec::new();
for task in jobs.into_iter().map(tokio::spawn).collect::<Vec<_>>() {
    outputs.push(Ok(task.await.expect("a job does not panic")));
}
outputs
// ANSWER_END: wait-for-each
