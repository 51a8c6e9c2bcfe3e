//! A typical wrong answer to 13-wait-for-each (the graders must reject it): a `JoinSet` hands
//! results back as the jobs finish (`as_completed`), not in the order they were given.

use std::time::Duration;

use tokio::task::JoinSet;
use tokio::time::error::Elapsed;

/// Runs every job at the same time, each with its own time limit, `limit`, counted from the
/// start. Returns one result per job, in the order of `jobs`: `Ok(output)`, or `Err(Elapsed)`
/// for a job still running after `limit`, which is then cancelled (dropped). Jobs do not panic.
pub async fn wait_for_each<F>(jobs: Vec<F>, limit: Duration) -> Vec<Result<F::Output, Elapsed>>
where
    F: Future + Send + 'static,
    F::Output: Send + 'static,
{
    let mut set = JoinSet::new();
    for job in jobs {
        set.spawn(tokio::time::timeout(limit, job));
    }
    set.join_all().await
}
