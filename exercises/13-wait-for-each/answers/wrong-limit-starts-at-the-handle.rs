//! It aborts a job that times out, but each limit still starts when its handle is awaited, after
//! the jobs before it, not when the jobs start.
//! caught: assertion

// ANSWER: wait-for-each
let mut out = Vec::new();
for mut handle in jobs.into_iter().map(tokio::spawn).collect::<Vec<_>>() {
    let outcome = tokio::time::timeout(limit, &mut handle).await;
    if outcome.is_err() {
        handle.abort();
    }
    out.push(outcome.map(Result::unwrap));
}
out
// ANSWER_END: wait-for-each
