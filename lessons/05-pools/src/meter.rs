//! Forcing tasks to meet, to measure how many a pool runs at once (with `timing::HighWater`).

use std::sync::{Condvar, Mutex, PoisonError};
use std::time::Duration;

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
