//! The timeout goes around the *handle*, awaited in turn, so each limit starts when that handle
//! is awaited, and a handle dropped at its timeout detaches its task, which runs on.
//! caught: assertion

// ANSWER: wait-for-each
let tasks: Vec<_> = jobs.into_iter().map(tokio::spawn).collect();
let mut results = Vec::new();
for task in tasks {
    let result = tokio::time::timeout(limit, task).await;
    results.push(result.map(|joined| joined.expect("a job does not panic")));
}
results
// ANSWER_END: wait-for-each
