//! Each job is started only when the one before it is done, so the waits add up.
//! caught: assertion

// ANSWER: wait-for-each
let mut results = Vec::new();
for job in jobs {
    results.push(tokio::time::timeout(limit, job).await); // starts this job only now
}
results
// ANSWER_END: wait-for-each
