//! Naming a detected cycle: `parking_lot` reports the threads of a cycle (by `ThreadId`, with a
//! backtrace each); which *lock* each one holds and waits for comes from a small ledger the
//! threads write just before they block, so the report reads like the story.

use std::collections::HashMap;
use std::fmt;
use std::sync::{Arc, Barrier, Mutex, PoisonError};
use std::thread::{self, ThreadId};
use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::accounts::{Account, transfer};
use crate::detect::find_cycle;

/// One thread of a deadlock cycle: its name and id, what it holds, what it waits for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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
        let Stuck {
            thread,
            id,
            holds,
            waits_for,
        } = self;
        write!(
            f,
            "thread '{thread}' ({id}) holds {holds}, waits for {waits_for}"
        )
    }
}

/// True if the threads form one cycle: start anywhere, follow "waits for the lock that thread
/// holds", and come back to the start after visiting every thread once.
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

// ANCHOR: ledger
/// Which lock each thread holds and waits for, noted by the thread itself before it blocks.
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
        let (id, holds, waits_for) = (format!("{id:?}"), holds.into(), waits_for.into());
        Stuck {
            thread,
            id,
            holds,
            waits_for,
        }
    }
}
// ANCHOR_END: ledger

// ANCHOR: deadlock_then_detect
/// Deadlocks two threads for real (Alice pays Bob while Bob pays Alice, meeting at a `Barrier`
/// between their locks), then calls [`find_cycle`] and names what each thread of the cycle holds
/// and waits for. The two threads stay stuck: call this only in a process that ends right after.
pub fn deadlock_then_detect(poll: Duration, give_up: Duration) -> Vec<Stuck> {
    let alice = Arc::new(Account::new(1, "alice", 100));
    let bob = Arc::new(Account::new(2, "bob", 100));
    let (barrier, ledger) = (Arc::new(Barrier::new(2)), Arc::new(Ledger::default()));
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
    let cycle = find_cycle(poll, give_up);
    cycle.into_iter().map(|id| ledger.describe(id)).collect()
}
// ANCHOR_END: deadlock_then_detect

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
