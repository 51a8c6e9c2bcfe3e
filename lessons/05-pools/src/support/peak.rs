//! Forcing tasks to meet, to count how many a pool runs at once (with `timing::HighWater`).

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use timing::{HighWater, Meeting};

use crate::classic_bug::{MutexPool, WorkerLoop};
use crate::{PoolError, ThreadPool};

/// The meeting the peak experiments force, under the name the exercises know it by: a
/// reusable barrier that gives up after a timeout ([`timing::Meeting`]). `std::sync::Barrier`
/// waits forever: in a pool that can only run one task at a time (the classic bug), a task
/// waiting for a partner that can never start would hang the program.
pub use timing::Meeting as Rendezvous;

/// How many tasks a pool ran at once, and how many of them met all their partners.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Peak {
    /// The most tasks running at the same time.
    pub peak: usize,
    /// How many tasks found `parties - 1` others running with them.
    pub met: usize,
}

/// What the peak experiments count with.
#[derive(Clone)]
struct Probe {
    meter: Arc<HighWater>,
    meet: Arc<Meeting>,
    met: Arc<AtomicUsize>,
}

impl Probe {
    fn new(workers: usize) -> Probe {
        Probe {
            meter: Arc::new(HighWater::default()),
            meet: Arc::new(Meeting::new(workers)),
            met: Arc::new(AtomicUsize::new(0)),
        }
    }

    /// A task, counted by the meter, that waits (up to `patience`) for the other workers' tasks
    /// and counts in `met` if they all came.
    fn task(&self, patience: Duration) -> impl FnOnce() + Send + 'static {
        let probe = self.clone();
        move || {
            let _running = probe.meter.enter();
            if probe.meet.wait(patience) {
                probe.met.fetch_add(1, Ordering::SeqCst);
            }
        }
    }

    fn peak(&self) -> Peak {
        Peak {
            peak: self.meter.peak(),
            met: self.met.load(Ordering::SeqCst),
        }
    }
}

/// Runs `tasks` tasks on the teaching pool; each waits (up to `patience`) until `workers` tasks
/// are running at once. Returns the high-water mark and how many tasks met their partners.
pub fn forced_peak(workers: usize, tasks: usize, patience: Duration) -> Result<Peak, PoolError> {
    let probe = Probe::new(workers);
    let pool = ThreadPool::new(workers)?;
    for _ in 0..tasks {
        pool.submit(probe.task(patience));
    }
    pool.shutdown();
    Ok(probe.peak())
}

/// The same experiment as [`forced_peak`] on a hand-built [`MutexPool`].
pub fn forced_peak_hand_built(
    worker_loop: WorkerLoop,
    workers: usize,
    tasks: usize,
    patience: Duration,
) -> std::io::Result<Peak> {
    let probe = Probe::new(workers);
    let pool = MutexPool::new(workers, worker_loop)?;
    for _ in 0..tasks {
        pool.execute(probe.task(patience));
    }
    drop(pool); // waits for every job
    Ok(probe.peak())
}

/// `workers` tasks of `each` on a hand-built [`MutexPool`], each a `timing::span` named
/// `task N`: with a worker loop that holds the lock they run one after another.
pub fn hand_built_timeline(
    worker_loop: WorkerLoop,
    workers: usize,
    each: Duration,
) -> std::io::Result<()> {
    let pool = MutexPool::new(workers, worker_loop)?;
    for task in 1..=workers {
        pool.execute(move || timing::span(format!("task {task}"), || timing::sleep(each)));
    }
    drop(pool);
    Ok(())
}
