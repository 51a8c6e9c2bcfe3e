//! One deadline for all, counted from the start, and for a late task `abort`, then await its
//! handle: it returns once the task has been dropped, its cleanup run.

// ANSWER: wait-for-each
let deadline = tokio::time::Instant::now() + limit;
let tasks: Vec<_> = jobs.into_iter().map(tokio::spawn).collect();
let mut results = Vec::new();
for mut task in tasks {
    let result = tokio::time::timeout_at(deadline, &mut task).await;
    if result.is_err() {
        task.abort();
        let _ = task.await; // cancelled: the job has been dropped
    }
    results.push(result.map(|joined| joined.expect("a job does not panic")));
}
results
// ANSWER_END: wait-for-each
