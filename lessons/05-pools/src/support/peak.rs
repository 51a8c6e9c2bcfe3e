//! Forcing tasks to meet, to count how many a pool runs at once (with `timing::HighWater`).

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Condvar, Mutex, PoisonError};
use std::time::Duration;

use timing::HighWater;

use crate::classic_bug::{MutexPool, WorkerLoop};
use crate::{PoolError, ThreadPool};

/// A reusable barrier for `parties` threads that gives up after a timeout.
///
/// `std::sync::Barrier` waits forever: in a pool that can only run one task at a time (the
/// classic bug), a task waiting for a partner that can never start would hang the program.
/// This one lets the task give up and say so.
///
/// ```
/// use std::time::Duration;
/// let meet = pools::support::Rendezvous::new(2);
/// assert!(!meet.wait(Duration::from_millis(5))); // nobody came
/// std::thread::scope(|s| {
///     s.spawn(|| assert!(meet.wait(Duration::from_secs(5))));
///     assert!(meet.wait(Duration::from_secs(5)));
/// });
/// ```
#[derive(Debug)]
pub struct Rendezvous {
    parties: usize,
    /// (how many are waiting now, how many times the group has met)
    state: Mutex<(usize, u64)>,
    met: Condvar,
}

impl Rendezvous {
    /// A rendezvous for groups of `parties` threads.
    pub fn new(parties: usize) -> Rendezvous {
        Rendezvous {
            parties,
            state: Mutex::new((0, 0)),
            met: Condvar::new(),
        }
    }

    /// Waits until `parties` threads are waiting together (true), or `patience` has passed
    /// (false, and this thread no longer counts as waiting).
    pub fn wait(&self, patience: Duration) -> bool {
        let mut state = self.state.lock().unwrap_or_else(PoisonError::into_inner);
        let generation = state.1;
        state.0 += 1;
        if state.0 == self.parties {
            *state = (0, generation + 1);
            self.met.notify_all();
            return true;
        }
        let (mut state, _) = self
            .met
            .wait_timeout_while(state, patience, |state| state.1 == generation)
            .unwrap_or_else(PoisonError::into_inner);
        let met = state.1 != generation;
        if !met {
            state.0 -= 1;
        }
        met
    }
}

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
struct Meeting {
    meter: Arc<HighWater>,
    meet: Arc<Rendezvous>,
    met: Arc<AtomicUsize>,
}

impl Meeting {
    fn new(workers: usize) -> Meeting {
        Meeting {
            meter: Arc::new(HighWater::default()),
            meet: Arc::new(Rendezvous::new(workers)),
            met: Arc::new(AtomicUsize::new(0)),
        }
    }

    /// A task, counted by the meter, that waits (up to `patience`) for the other workers' tasks
    /// and counts in `met` if they all came.
    fn task(&self, patience: Duration) -> impl FnOnce() + Send + 'static {
        let meeting = self.clone();
        move || {
            let _running = meeting.meter.enter();
            if meeting.meet.wait(patience) {
                meeting.met.fetch_add(1, Ordering::SeqCst);
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
    let meeting = Meeting::new(workers);
    let pool = ThreadPool::new(workers)?;
    for _ in 0..tasks {
        pool.submit(meeting.task(patience));
    }
    pool.shutdown();
    Ok(meeting.peak())
}

/// The same experiment as [`forced_peak`] on a hand-built [`MutexPool`].
pub fn forced_peak_hand_built(
    worker_loop: WorkerLoop,
    workers: usize,
    tasks: usize,
    patience: Duration,
) -> std::io::Result<Peak> {
    let meeting = Meeting::new(workers);
    let pool = MutexPool::new(workers, worker_loop)?;
    for _ in 0..tasks {
        pool.execute(meeting.task(patience));
    }
    drop(pool); // waits for every job
    Ok(meeting.peak())
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
