//! Finding the cycle from inside: `parking_lot`'s `deadlock_detection` feature.
//!
//! With the feature on, every `parking_lot` lock keeps a note of which thread holds it, and
//! `parking_lot::deadlock::check_deadlock()` builds the graph "thread waits for lock held by
//! thread" and returns its cycles. It names the threads (by `ThreadId`) and gives a backtrace of
//! each; which *lock* each one holds and waits for comes from a small ledger the threads keep
//! here, so the report reads like the story.

use std::collections::HashMap;
use std::fmt;
use std::io;
use std::path::Path;
use std::process::Command;
use std::sync::{Arc, Barrier, Mutex, PoisonError};
use std::thread::{self, ThreadId};
use std::time::{Duration, Instant};

use timing::run_with_timeout;

use crate::classic::{Account, transfer};

/// One thread of a deadlock cycle: its name and id, what it holds, what it waits for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stuck {
    /// The thread's name.
    pub thread: String,
    /// Its `ThreadId`, as `Debug` prints it (`ThreadId(2)`).
    pub id: String,
    /// The lock it holds.
    pub holds: String,
    /// The lock it waits for.
    pub waits_for: String,
}

impl fmt::Display for Stuck {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "thread '{}' ({}) holds {}, waits for {}",
            self.thread, self.id, self.holds, self.waits_for
        )
    }
}

impl Stuck {
    /// Reads back a line written by `Display`, with or without leading spaces.
    ///
    /// ```
    /// let line = "  thread 'a' (ThreadId(2)) holds x, waits for y";
    /// let stuck = deadlock::Stuck::parse(line).unwrap();
    /// assert_eq!((stuck.holds.as_str(), stuck.waits_for.as_str()), ("x", "y"));
    /// assert_eq!(stuck.to_string(), line.trim());
    /// ```
    pub fn parse(line: &str) -> Option<Stuck> {
        let rest = line.trim().strip_prefix("thread '")?;
        let (thread, rest) = rest.split_once("' (")?;
        let (id, rest) = rest.split_once(") holds ")?;
        let (holds, waits_for) = rest.split_once(", waits for ")?;
        Some(Stuck {
            thread: thread.into(),
            id: id.into(),
            holds: holds.into(),
            waits_for: waits_for.into(),
        })
    }
}

/// True if the threads form one cycle: start anywhere, follow "waits for the lock that thread
/// holds", and come back to the start after visiting every thread once.
///
/// ```
/// use deadlock::{Stuck, is_cycle};
/// let t = |holds: &str, waits_for: &str| Stuck {
///     thread: holds.into(), id: String::new(), holds: holds.into(), waits_for: waits_for.into(),
/// };
/// assert!(is_cycle(&[t("a", "b"), t("b", "a")]));
/// assert!(!is_cycle(&[t("a", "b"), t("b", "c")]));
/// ```
pub fn is_cycle(threads: &[Stuck]) -> bool {
    let Some(first) = threads.first() else {
        return false;
    };
    let mut at = first;
    for _ in 0..threads.len() {
        match threads.iter().find(|t| t.holds == at.waits_for) {
            Some(holder) => at = holder,
            None => return false,
        }
    }
    at == first
}

#[derive(Default)]
struct Ledger(Mutex<HashMap<ThreadId, (String, &'static str, &'static str)>>);

impl Ledger {
    fn note(&self, holds: &'static str, waits_for: &'static str) {
        let me = thread::current();
        let name = me.name().unwrap_or("<unnamed>").to_string();
        let mut entries = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        entries.insert(me.id(), (name, holds, waits_for));
    }

    fn describe(&self, id: ThreadId) -> Stuck {
        let entries = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        let (thread, holds, waits_for) = entries.get(&id).cloned().unwrap_or_default();
        Stuck {
            thread,
            id: format!("{id:?}"),
            holds: holds.into(),
            waits_for: waits_for.into(),
        }
    }
}

// ANCHOR: detect
/// Deadlocks two threads for real (Alice pays Bob while Bob pays Alice, meeting at a `Barrier`
/// between their locks), then asks `parking_lot` every `poll` for a cycle, for at most
/// `give_up`. Returns the threads of the first cycle found (empty if none).
///
/// The two threads stay stuck forever: nothing can free a thread that waits for a lock whose
/// holder waits for it. Call this only in a process that ends right after (the lesson calls it
/// in a child that then calls `std::process::exit`).
pub fn deadlock_then_detect(poll: Duration, give_up: Duration) -> Vec<Stuck> {
    let alice = Arc::new(Account::new(1, "alice", 100));
    let bob = Arc::new(Account::new(2, "bob", 100));
    let barrier = Arc::new(Barrier::new(2));
    let ledger = Arc::new(Ledger::default());
    for (from, to) in [(&alice, &bob), (&bob, &alice)] {
        let (from, to) = (Arc::clone(from), Arc::clone(to));
        let (barrier, ledger) = (Arc::clone(&barrier), Arc::clone(&ledger));
        thread::Builder::new()
            .name(format!("{}-pays-{}", from.name, to.name))
            .spawn(move || {
                transfer(&from, &to, 1, || {
                    ledger.note(from.name, to.name);
                    barrier.wait();
                })
            })
            .expect("the OS could not start a thread");
    }
    let start = Instant::now();
    while start.elapsed() < give_up {
        thread::sleep(poll);
        if let Some(cycle) = parking_lot::deadlock::check_deadlock().first() {
            return cycle
                .iter()
                .map(|t| ledger.describe(t.thread_id()))
                .collect();
        }
    }
    Vec::new()
}
// ANCHOR_END: detect

/// What the parent saw of the child that deadlocked and found its own cycle.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Detection {
    /// The child's process id (reaped: it no longer exists).
    pub pid: u32,
    /// True if the child ended itself with exit code 0 (it was not killed).
    pub exited_by_itself: bool,
    /// How long the child ran.
    pub took: Duration,
    /// The cycle it reported.
    pub cycle: Vec<Stuck>,
}

/// Runs the lesson's binary `exe` in scenario `detect` (bounded by `bound`) and reads back the
/// cycle it printed.
pub fn detect_in_child(exe: &Path, bound: Duration) -> io::Result<Detection> {
    let finished = run_with_timeout(Command::new(exe).args(["--scenario", "detect"]), bound)?;
    Ok(Detection {
        pid: finished.pid,
        exited_by_itself: finished.success(),
        took: finished.elapsed,
        cycle: finished.stdout.lines().filter_map(Stuck::parse).collect(),
    })
}
