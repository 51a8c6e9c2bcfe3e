//! Cancellation: `wait_for`, `task.cancel()` and `CancelledError`, in tokio. A cancelled future
//! is dropped where it waits: the code after that `.await` never runs, its destructors do.

use std::sync::mpsc::Sender;
use std::time::Duration;

use tokio::sync::oneshot;
use tokio::time::error::Elapsed;

// ANCHOR: cleanup
/// Sends `"cleanup ran"` when dropped, however the future that holds it ends: Rust's `finally`.
pub struct Cleanup(pub Sender<&'static str>);

impl Drop for Cleanup {
    fn drop(&mut self) {
        let _ = self.0.send("cleanup ran");
    }
}
// ANCHOR_END: cleanup

// ANCHOR: slow_job
/// Reports its steps on `events`, waits `pause`, and returns 42, unless it is cancelled.
pub async fn slow_job(pause: Duration, events: Sender<&'static str>) -> u32 {
    let _cleanup = Cleanup(events.clone());
    let _ = events.send("started");
    tokio::time::sleep(pause).await; // if cancelled, the future is dropped here
    let _ = events.send("finished");
    42
}
// ANCHOR_END: slow_job

// ANCHOR: wait_for
/// `asyncio.wait_for(slow_job(), limit)`: `timeout` polls the job until `limit`, then drops it
/// and returns `Err(Elapsed)`.
pub async fn wait_for(
    limit: Duration,
    pause: Duration,
    events: Sender<&'static str>,
) -> Result<u32, Elapsed> {
    tokio::time::timeout(limit, slow_job(pause, events)).await
}
// ANCHOR_END: wait_for

// ANCHOR: abort
/// `task.cancel()`: abort a spawned task. Awaiting its handle then gives a `JoinError` that
/// `is_cancelled()`, and by then the task's future has been dropped.
pub async fn abort(pause: Duration, events: Sender<&'static str>) -> bool {
    let task = tokio::spawn(slow_job(pause, events));
    tokio::task::yield_now().await; // let it start
    task.abort();
    let error = task.await.expect_err("an aborted task has no value");
    error.is_cancelled()
}
// ANCHOR_END: abort

// ANCHOR: detach
/// Dropping a `JoinHandle` does not cancel: the task runs on, detached, and here sends its
/// value on a channel once it is done.
pub async fn detach(pause: Duration, events: Sender<&'static str>) -> u32 {
    let (done, value) = oneshot::channel();
    let task = tokio::spawn(async move {
        let _ = done.send(slow_job(pause, events).await);
    });
    drop(task); // detached, not cancelled
    value.await.expect("the detached task ran to the end")
}
// ANCHOR_END: detach

// ANCHOR: select
/// `asyncio.wait(..., return_when=FIRST_COMPLETED)` and cancelling the rest: `select!` polls
/// both futures, and when one finishes, drops the other.
pub async fn first_of(
    limit: Duration,
    pause: Duration,
    events: Sender<&'static str>,
) -> &'static str {
    tokio::select! {
        _ = tokio::time::sleep(limit) => "the timer",
        _ = slow_job(pause, events) => "the job",
    }
}
// ANCHOR_END: select
