//! It aborts a job that times out, but each limit still starts when its handle is awaited, after
//! the jobs before it, not when the jobs start.
//! caught: assertion

// ANSWER: wait-for-each
let tasks: Vec<_> = jobs.into_iter().map(tokio::spawn).collect();
let mut results = Vec::new();
for mut task in tasks {
    match tokio::time::timeout(limit, &mut task).await {
        Ok(joined) => results.push(Ok(joined.expect("a job does not panic"))),
        Err(elapsed) => {
            task.abort();
            results.push(Err(elapsed));
        }
    }
}
results
// ANSWER_END: wait-for-each
