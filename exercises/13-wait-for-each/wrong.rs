//! A typical wrong answer to 13-wait-for-each (the graders must reject it): each job is
//! started only when the one before it is done, so the waits add up.

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
    let mut results = Vec::new();
    for job in jobs {
        results.push(tokio::time::timeout(limit, job).await); // starts this job only now
    }
    results
}
