//! A typical wrong answer to 13-wait-for-each (the graders must reject it): it aborts a job
//! that times out, but each limit still starts when its handle is awaited, after the jobs
//! before it, not when the jobs start.

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
}
