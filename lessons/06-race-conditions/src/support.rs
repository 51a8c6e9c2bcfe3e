//! Choreography the chapter does not show: the two named threads the demonstrations run on, and
//! the driver behind the N×M table and the loom tests.

use crate::sync::Ordering::Relaxed;
use crate::sync::{Arc, AtomicUsize, Mutex};
use crate::update::{
    Data, fetch_add, hammer, load_then_store, update_holding_the_guard, update_locking_twice,
    update_under_a_fresh_lock,
};

/// Runs `work` on two scoped threads named `worker 0` and `worker 1`, and waits for both.
pub fn on_two_threads(work: impl Fn() + Sync) {
    std::thread::scope(|s| {
        for n in 0..2 {
            std::thread::Builder::new()
                .name(format!("worker {n}"))
                .spawn_scoped(s, &work)
                .expect("the OS could not start a thread");
        }
    });
}

/// The five ways to add one, for the N×M table and the loom tests.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Strategy {
    /// [`update_locking_twice`]: loses updates.
    LockingTwice,
    /// [`load_then_store`]: loses updates.
    LoadThenStore,
    /// [`update_under_a_fresh_lock`] (seed 004): loses updates.
    FreshLock,
    /// [`update_holding_the_guard`]: exact.
    HoldingTheGuard,
    /// [`fetch_add`]: exact.
    FetchAdd,
}

impl Strategy {
    /// All five, racy ones first.
    pub const ALL: [Strategy; 5] = [
        Strategy::LockingTwice,
        Strategy::LoadThenStore,
        Strategy::FreshLock,
        Strategy::HoldingTheGuard,
        Strategy::FetchAdd,
    ];

    /// A short description for tables.
    pub fn name(self) -> &'static str {
        match self {
            Strategy::LockingTwice => "Mutex locked to read, again to write",
            Strategy::LoadThenStore => "AtomicUsize load, then store",
            Strategy::FreshLock => "a fresh Mutex per call (seed 004)",
            Strategy::HoldingTheGuard => "Mutex guard held across both",
            Strategy::FetchAdd => "AtomicUsize fetch_add",
        }
    }

    /// Whether the read and the write can be split by another thread, so updates can be lost.
    pub fn can_lose_updates(self) -> bool {
        matches!(
            self,
            Strategy::LockingTwice | Strategy::LoadThenStore | Strategy::FreshLock
        )
    }

    /// Runs [`hammer`] with this way of adding one, on a counter starting at 0, and returns the
    /// final count. Exactly `threads * increments` only if no update was lost.
    ///
    /// ```
    /// use race_conditions::support::Strategy;
    ///
    /// assert_eq!(Strategy::FetchAdd.count(4, 1000), 4000);
    /// assert!(Strategy::LoadThenStore.count(4, 1000) <= 4000);
    /// ```
    pub fn count(self, threads: usize, increments: usize) -> usize {
        let atomic = || Arc::new(AtomicUsize::new(0));
        let locked = || Arc::new(Mutex::new(Data::default()));
        match self {
            Strategy::LockingTwice => {
                let data = locked();
                hammer(&data, threads, increments, |d| {
                    update_locking_twice(d, || {})
                });
                data.lock().unwrap().val
            }
            Strategy::HoldingTheGuard => {
                let data = locked();
                hammer(&data, threads, increments, |d| {
                    update_holding_the_guard(d, || {})
                });
                data.lock().unwrap().val
            }
            Strategy::LoadThenStore => {
                let counter = atomic();
                hammer(&counter, threads, increments, |c| load_then_store(c, || {}));
                counter.load(Relaxed)
            }
            Strategy::FreshLock => {
                let counter = atomic();
                hammer(&counter, threads, increments, |c| {
                    update_under_a_fresh_lock(c, || {})
                });
                counter.load(Relaxed)
            }
            Strategy::FetchAdd => {
                let counter = atomic();
                hammer(&counter, threads, increments, fetch_add);
                counter.load(Relaxed)
            }
        }
    }
}
