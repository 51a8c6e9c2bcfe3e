//! The tests' jobs, and a runtime with a paused clock to run them on: tokio's virtual time, in
//! which a 300 ms sleep ends at once but `tokio::time::Instant` says 300 ms have passed. So the
//! tests are instant and exact, and the times they assert are the ones the jobs asked for.

#![allow(dead_code)] // each test file uses part of it

use std::sync::{Arc, Mutex};
use std::time::Duration;

use ex13_wait_for_each::wait_for_each;
use tokio::time::{Instant, error::Elapsed};

/// Past this much *real* time, the code under test is stuck.
pub const STUCK: Duration = Duration::from_secs(2);

pub fn ms(n: u64) -> Duration {
    Duration::from_millis(n)
}

/// What the jobs did, in order: `"job 1 started"`, `"job 1 finished"`, `"job 1 dropped"`.
pub type Log = Arc<Mutex<Vec<String>>>;

/// A job's `finally`: logs `"job N dropped"` when the job's future is dropped, however it ends.
struct Cleanup {
    id: usize,
    log: Log,
}

impl Drop for Cleanup {
    fn drop(&mut self) {
        self.log
            .lock()
            .unwrap()
            .push(format!("job {} dropped", self.id));
    }
}

/// Job `id`: waits `pause` ms (forever if `None`, like a server that never answers), then
/// returns `pause`.
async fn job(id: usize, pause: Option<u64>, log: Log) -> u64 {
    let _cleanup = Cleanup {
        id,
        log: Arc::clone(&log),
    };
    log.lock().unwrap().push(format!("job {id} started"));
    let waited = match pause {
        Some(pause) => {
            tokio::time::sleep(ms(pause)).await;
            pause
        }
        None => std::future::pending().await,
    };
    log.lock().unwrap().push(format!("job {id} finished"));
    waited
}

/// What one call of `wait_for_each` gave.
pub struct Run {
    pub results: Vec<Result<u64, Elapsed>>,
    /// How much virtual time the call took.
    pub took: Duration,
    /// The jobs' log at the moment the call returned.
    pub log: Vec<String>,
}

impl Run {
    /// Whether job `id` logged `event` (`"finished"`, `"dropped"`) before the call returned.
    pub fn logged(&self, id: usize, event: &str) -> bool {
        self.log.contains(&format!("job {id} {event}"))
    }
}

/// Calls `wait_for_each` on jobs that wait `pauses` (ms; `None`: forever) with `limit` ms, on a
/// current-thread runtime whose clock is paused, and waits at most [`STUCK`] of real time.
pub fn wait_for_each_of(pauses: &[Option<u64>], limit: u64) -> Run {
    let pauses = pauses.to_vec();
    grader::within(
        STUCK,
        "every job has a limit, but some job never ends by itself (a server that never \
         answers): only its timeout can end it",
        move || {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_time()
                .start_paused(true)
                .build()
                .expect("a runtime");
            runtime.block_on(async move {
                let log = Log::default();
                let jobs: Vec<_> = (0..pauses.len())
                    .map(|id| job(id, pauses[id], Arc::clone(&log)))
                    .collect();
                let start = Instant::now();
                let results = wait_for_each(jobs, ms(limit)).await;
                let took = start.elapsed();
                let log = log.lock().unwrap().clone();
                Run { results, took, log }
            })
        },
    )
}
