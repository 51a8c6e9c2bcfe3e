//! Exercise 13-wait-for-each: `asyncio.gather` of `asyncio.wait_for`s, in tokio.
//! `cargo run -p practice -- check 13-wait-for-each` checks it.

use std::time::Duration;

use tokio::time::error::Elapsed;

/// Runs every job at the same time, each with its own time limit, `limit`, counted from the
/// start. Returns one result per job, in the order of `jobs`: `Ok(output)`, or `Err(Elapsed)`
/// for a job still running after `limit`, which is then cancelled (dropped). Jobs do not panic.
pub async fn wait_for_each<F>(jobs: Vec<F>, limit: Duration) -> Vec<Result<F::Output, Elapsed>>
where
    F: Future + Send + 'static,
    F::Output: Send + 'static,
{
    // ANSWER: wait-for-each
    let tasks: Vec<_> = jobs
        .into_iter()
        .map(|job| tokio::spawn(tokio::time::timeout(limit, job))) // each starts now
        .collect();
    let mut results = Vec::new();
    for task in tasks {
        results.push(task.await.expect("a job does not panic"));
    }
    results
    // ANSWER_END: wait-for-each
}
