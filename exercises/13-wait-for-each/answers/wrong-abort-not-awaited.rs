//! One deadline for all, counted from the start, and `abort` for a late task: the results are
//! right, but `abort` only asks the task to stop; it is dropped at its next turn, after this
//! returns, so its cleanup (its `finally`) has not run yet.
//! caught: assertion

// ANSWER: wait-for-each
let deadline = tokio::time::Instant::now() + limit;
let tasks: Vec<_> = jobs.into_iter().map(tokio::spawn).collect();
let mut results = Vec::new();
for mut task in tasks {
    match tokio::time::timeout_at(deadline, &mut task).await {
        Ok(joined) => results.push(Ok(joined.expect("a job does not panic"))),
        Err(late) => {
            task.abort();
            results.push(Err(late));
        }
    }
}
results
// ANSWER_END: wait-for-each
