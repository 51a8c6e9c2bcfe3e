//! Lesson 05: a `concurrent.futures`-style thread pool, and rayon.
//!
//! The seeds reach for `ThreadPoolExecutor`: `submit`, `result()`, `as_completed`, `map`, a
//! `with` block that waits. [`ThreadPool`] is that API in Rust, small enough to read (module
//! `pool` is the executor, module `task` the future); [`classic_bug`] is the hand-built pool that
//! gets it wrong; [`production`] is what to use instead, rayon. The functions below are the
//! lesson's demonstrations; `src/main.rs` runs them in order.

pub mod classic_bug;
mod meter;
mod pool;
pub mod production;
mod task;

pub use meter::{Peak, Rendezvous};
pub use pool::{Map, PoolError, ThreadPool};
pub use task::{AsCompleted, TaskError, TaskHandle, as_completed};

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, mpsc};
use std::thread;
use std::time::Duration;

use timing::{HighWater, Timeline, human};

use classic_bug::{MutexPool, WorkerLoop};

// ANCHOR: some_task
/// The seed's `some_task(sec)`: says how long it will sleep, sleeps `sec` × `unit` (scaled by
/// `LESSON_TIME_SCALE`), and returns `"Done {sec}"`.
pub fn some_task(sec: u64, unit: Duration) -> String {
    let nap = timing::scaled(unit * sec as u32);
    println!("Sleeping for {}.", human(nap));
    thread::sleep(nap);
    format!("Done {sec}")
}
// ANCHOR_END: some_task

// ANCHOR: sleepers_as_completed
/// Submits `some_task(sec)` for each of `seconds` and prints the results as they complete
/// (the seed's `for result in as_completed(results): print(result.result())`).
///
/// Returns the lines printed, fastest task first.
pub fn sleepers_as_completed(
    pool: &ThreadPool,
    seconds: &[u64],
    unit: Duration,
    timeline: &Arc<Timeline>,
) -> Vec<String> {
    let handles: Vec<TaskHandle<String>> = seconds
        .iter()
        .map(|&sec| {
            let timeline = Arc::clone(timeline);
            pool.submit(move || timeline.record(format!("sleep {sec}"), || some_task(sec, unit)))
        })
        .collect();
    as_completed(handles)
        .map(|(index, result)| {
            let line = result.unwrap_or_else(|error| error.to_string());
            println!("{line}   (task #{index})");
            line
        })
        .collect()
}
// ANCHOR_END: sleepers_as_completed

// ANCHOR: sleepers_map
/// The seed's commented-out variant, `for result in executor.map(some_task, seconds)`: the
/// tasks run at the same time, the results come back in the order they were submitted.
pub fn sleepers_map(
    pool: &ThreadPool,
    seconds: &[u64],
    unit: Duration,
    timeline: &Arc<Timeline>,
) -> Vec<String> {
    let timeline = Arc::clone(timeline);
    let task = move |sec: u64| timeline.record(format!("sleep {sec}"), || some_task(sec, unit));
    pool.map(task, seconds.to_vec())
        .map(|result| {
            let line = result.unwrap_or_else(|error| error.to_string());
            println!("{line}");
            line
        })
        .collect()
}
// ANCHOR_END: sleepers_map

// ANCHOR: queued
/// `tasks` tasks of `each` on a pool of `max_workers`: the extra tasks wait in the queue.
///
/// Returns the most tasks that were ever running at once.
pub fn queued_tasks(
    max_workers: usize,
    tasks: usize,
    each: Duration,
    timeline: &Arc<Timeline>,
) -> Result<usize, PoolError> {
    let meter = Arc::new(HighWater::default());
    let pool = ThreadPool::new(max_workers)?;
    for task in 1..=tasks {
        let (meter, timeline) = (Arc::clone(&meter), Arc::clone(timeline));
        // The handle is dropped at once: the task still runs (as in Python).
        pool.submit(move || {
            let _running = meter.enter();
            timeline.record(format!("task {task}"), || timing::sleep(each));
        });
    }
    pool.shutdown(); // the end of the `with` block: waits for every task
    Ok(meter.peak())
}
// ANCHOR_END: queued

// ANCHOR: panics
/// Four tasks on `pool`, two of which panic (one with a literal, one with a formatted message).
///
/// Returns each task's result: the good ones say which worker ran them. A panic ends its task,
/// not the worker, so with one worker the same thread runs the task after the panics.
pub fn panics_among_good(pool: &ThreadPool) -> Vec<Result<String, TaskError>> {
    let worker_name = || format!("ran on {}", thread::current().name().unwrap_or("?"));
    let handles = vec![
        pool.submit(worker_name),
        pool.submit(|| -> String { panic!("a literal message") }),
        pool.submit(|| -> String {
            let answer = 41;
            panic!("expected 42, got {answer}")
        }),
        pool.submit(worker_name),
    ];
    handles.into_iter().map(TaskHandle::result).collect()
}
// ANCHOR_END: panics

/// What [`cancel_pending`] found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CancelStory {
    /// `cancel()` on the running task (false: too late).
    pub cancel_running: bool,
    /// `cancel()` on the task still in the queue (true).
    pub cancel_pending: bool,
    /// The running task's result: it finished.
    pub running_result: Result<&'static str, TaskError>,
    /// The cancelled task's result: `Err(Cancelled)`.
    pub pending_result: Result<&'static str, TaskError>,
    /// Whether the cancelled task's code ever ran (false).
    pub pending_ran: bool,
}

// ANCHOR: cancel
/// One worker, busy with a task that waits for a signal; a second task waits in the queue.
/// Cancelling the queued task works; cancelling the running one does not.
pub fn cancel_pending() -> Result<CancelStory, PoolError> {
    let pool = ThreadPool::new(1)?;
    let (started_tx, started) = mpsc::channel();
    let (go, go_rx) = mpsc::channel::<()>();
    let running = pool.submit(move || {
        started_tx.send(()).unwrap();
        let _ = go_rx.recv(); // returns when `go` sends or is dropped: never hangs
        "finished"
    });
    let (ran_tx, ran) = mpsc::channel();
    let pending = pool.submit(move || {
        ran_tx.send(()).unwrap();
        "ran"
    });
    started.recv().unwrap(); // the only worker is now busy: `pending` is still queued
    let cancel_running = running.cancel();
    let cancel_pending = pending.cancel();
    go.send(()).unwrap();
    pool.shutdown();
    Ok(CancelStory {
        cancel_running,
        cancel_pending,
        running_result: running.result(),
        pending_result: pending.result(),
        pending_ran: ran.try_recv().is_ok(),
    })
}
// ANCHOR_END: cancel

/// What [`shutdown_now_story`] found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShutdownNowStory {
    /// The result of the task that was running: it finished.
    pub running: Result<u32, TaskError>,
    /// The results of the tasks that were still queued: all `Err(Cancelled)`.
    pub queued: Vec<Result<u32, TaskError>>,
}

// ANCHOR: shutdown_now
/// One worker busy with a task, `pending` more in the queue, then `shutdown_now`: the queued
/// tasks are cancelled, the running one finishes.
pub fn shutdown_now_story(pending: usize) -> Result<ShutdownNowStory, PoolError> {
    let pool = ThreadPool::new(1)?;
    let (started_tx, started) = mpsc::channel();
    let (go, go_rx) = mpsc::channel::<()>();
    let running = pool.submit(move || {
        started_tx.send(()).unwrap();
        let _ = go_rx.recv();
        0
    });
    let queued: Vec<_> = (1..=pending as u32)
        .map(|n| pool.submit(move || n))
        .collect();
    started.recv().unwrap();
    thread::scope(|s| {
        // Let the running task finish only once every queued task has been cancelled.
        s.spawn(|| {
            for handle in &queued {
                handle.wait_timeout(Duration::from_secs(10));
            }
            drop(go);
        });
        pool.shutdown_now();
    });
    Ok(ShutdownNowStory {
        running: running.result(),
        queued: queued.into_iter().map(TaskHandle::result).collect(),
    })
}
// ANCHOR_END: shutdown_now

// ANCHOR: forced_peak
/// A task for the peak experiments: counted by `meter`, it waits (up to `patience`) at `meet`
/// for the other workers' tasks, and counts in `met` if they all came.
fn meeting_task(
    meter: &Arc<HighWater>,
    meet: &Arc<Rendezvous>,
    met: &Arc<AtomicUsize>,
    patience: Duration,
) -> impl FnOnce() + Send + 'static {
    let (meter, meet, met) = (Arc::clone(meter), Arc::clone(meet), Arc::clone(met));
    move || {
        let _running = meter.enter();
        if meet.wait(patience) {
            met.fetch_add(1, Ordering::SeqCst);
        }
    }
}

/// Runs `tasks` tasks on the teaching pool; each waits (up to `patience`) until `workers` tasks
/// are running at once. Returns the high-water mark and how many tasks met their partners.
pub fn forced_peak(workers: usize, tasks: usize, patience: Duration) -> Result<Peak, PoolError> {
    let meter = Arc::new(HighWater::default());
    let (meet, met) = (
        Arc::new(Rendezvous::new(workers)),
        Arc::new(AtomicUsize::new(0)),
    );
    let pool = ThreadPool::new(workers)?;
    for _ in 0..tasks {
        pool.submit(meeting_task(&meter, &meet, &met, patience));
    }
    pool.shutdown();
    let met = met.load(Ordering::SeqCst);
    Ok(Peak {
        peak: meter.peak(),
        met,
    })
}
// ANCHOR_END: forced_peak

/// The same experiment as [`forced_peak`] on a hand-built [`MutexPool`].
pub fn forced_peak_hand_built(
    worker_loop: WorkerLoop,
    workers: usize,
    tasks: usize,
    patience: Duration,
) -> std::io::Result<Peak> {
    let meter = Arc::new(HighWater::default());
    let (meet, met) = (
        Arc::new(Rendezvous::new(workers)),
        Arc::new(AtomicUsize::new(0)),
    );
    let pool = MutexPool::new(workers, worker_loop)?;
    for _ in 0..tasks {
        pool.execute(meeting_task(&meter, &meet, &met, patience));
    }
    drop(pool); // waits for every job
    let met = met.load(Ordering::SeqCst);
    Ok(Peak {
        peak: meter.peak(),
        met,
    })
}

/// `workers` tasks of `each` on a hand-built [`MutexPool`], recorded on `timeline`: with
/// [`WorkerLoop::HoldsLock`] they run one after another.
pub fn hand_built_timeline(
    worker_loop: WorkerLoop,
    workers: usize,
    each: Duration,
    timeline: &Arc<Timeline>,
) -> std::io::Result<()> {
    let pool = MutexPool::new(workers, worker_loop)?;
    for task in 1..=workers {
        let timeline = Arc::clone(timeline);
        pool.execute(move || timeline.record(format!("task {task}"), || timing::sleep(each)));
    }
    drop(pool);
    Ok(())
}
