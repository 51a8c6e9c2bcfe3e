//! A blocking call inside a task stalls every task waiting for the same thread; two fixes.

use std::time::{Duration, Instant};

use tokio::runtime::Runtime;
use tokio::task::JoinSet;

// ANCHOR: naps
/// The mistake: `std::thread::sleep` blocks the thread, and every task waiting to run on it.
pub async fn blocking_nap(label: String, pause: Duration) {
    timing::span(label, || std::thread::sleep(pause));
}

/// The fix: `tokio::time::sleep` hands the thread back to the runtime until the time is up.
pub async fn async_nap(label: String, pause: Duration) {
    let _span = timing::span_guard(label);
    tokio::time::sleep(pause).await;
}

/// The fix for blocking code you cannot rewrite (`asyncio.to_thread`): `spawn_blocking` runs
/// it on tokio's blocking pool, and this task awaits it without blocking anyone.
pub async fn nap_on_blocking_pool(label: String, pause: Duration) {
    let nap = move || timing::span(label, || std::thread::sleep(pause));
    tokio::task::spawn_blocking(nap)
        .await
        .expect("a nap does not panic");
}
// ANCHOR_END: naps

// ANCHOR: nappers
/// Runs `tasks` tasks on `runtime`, each taking `naps` naps of `pause` with `nap` (one of the
/// three above); returns how long it took for all of them.
pub fn nappers<F, Fut>(
    runtime: &Runtime,
    tasks: usize,
    naps: u32,
    pause: Duration,
    nap: F,
) -> Duration
where
    F: Fn(String, Duration) -> Fut + Copy + Send + 'static,
    Fut: Future<Output = ()> + Send,
{
    let start = Instant::now();
    runtime.block_on(async {
        let mut set = JoinSet::new();
        for task in 1..=tasks {
            set.spawn(async move {
                for round in 1..=naps {
                    nap(format!("task {task}, nap {round}"), pause).await;
                }
            });
        }
        set.join_all().await;
    });
    start.elapsed()
}
// ANCHOR_END: nappers
