//! Measuring concurrency: how many tasks ran at once, and forcing them to meet.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Condvar, Mutex, PoisonError};
use std::time::Duration;

// ANCHOR: high_water
/// Counts the tasks running right now and remembers the most there ever were (a high-water mark).
///
/// ```
/// let meter = pools::HighWater::default();
/// {
///     let _a = meter.enter();
///     let _b = meter.enter();
/// }
/// let _c = meter.enter();
/// assert_eq!(meter.peak(), 2);
/// ```
#[derive(Debug, Default)]
pub struct HighWater {
    running: AtomicUsize,
    peak: AtomicUsize,
}

/// One running task, counted by a [`HighWater`] until dropped.
#[derive(Debug)]
#[must_use = "the task counts as running until this is dropped"]
pub struct Running<'a>(&'a HighWater);

impl HighWater {
    /// Counts one more running task until the returned guard is dropped.
    pub fn enter(&self) -> Running<'_> {
        let now = self.running.fetch_add(1, Ordering::SeqCst) + 1;
        self.peak.fetch_max(now, Ordering::SeqCst);
        Running(self)
    }

    /// The most tasks that were ever running at once.
    pub fn peak(&self) -> usize {
        self.peak.load(Ordering::SeqCst)
    }
}

impl Drop for Running<'_> {
    fn drop(&mut self) {
        self.0.running.fetch_sub(1, Ordering::SeqCst);
    }
}
// ANCHOR_END: high_water

// ANCHOR: rendezvous
/// A reusable barrier for `parties` threads that gives up after a timeout.
///
/// `std::sync::Barrier` waits forever: in a pool that can only run one task at a time (the
/// classic bug), a task waiting for a partner that can never start would hang the program.
/// This one lets the task give up and say so.
///
/// ```
/// use std::time::Duration;
/// let meet = pools::Rendezvous::new(2);
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
// ANCHOR_END: rendezvous

/// How many tasks a pool ran at once, and how many of them met all their partners.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Peak {
    /// The most tasks running at the same time.
    pub peak: usize,
    /// How many tasks found `parties - 1` others running with them.
    pub met: usize,
}
