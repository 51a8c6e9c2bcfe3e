//! Five ways for threads to add one to a shared counter: three lose updates, two do not.
//!
//! Each function is the code the lesson runs *and* the code `tests/loom.rs` model-checks: the
//! types come from [`crate::sync`], which is std normally and loom under `--cfg loom`. Each
//! racy function takes `between`, what runs between its read and its write: the seed sleeps
//! there, the lesson's demonstrations wait at a `Barrier` there, and the N×M run and loom pass
//! `|| {}`.

use crate::sync::Ordering::Relaxed;
use crate::sync::{Arc, AtomicUsize, Mutex, thread};

// ANCHOR: data
/// The seed's `Data`: one value that threads add one to.
#[derive(Debug, Default)]
pub struct Data {
    /// The seed's `self.val`.
    pub val: usize,
}

impl Data {
    /// The seed's `update`: read `val`, run `between` (the seed sleeps), write `val + 1`.
    ///
    /// It takes `&mut self`, so threads can only call it through a lock they hold for the whole
    /// call: the read and the write cannot be split.
    pub fn update(&mut self, between: impl FnOnce()) {
        let local_val = self.val;
        between();
        self.val = local_val + 1;
    }
}
// ANCHOR_END: data

// ANCHOR: locking_twice
/// The seed's race with a `Mutex`: locked once to read, and again to write.
///
/// Each access is safe, but the lock is free in between: another thread can read the same value
/// there, and then both write `val + 1`. One update is lost.
pub fn update_locking_twice(data: &Mutex<Data>, between: impl FnOnce()) {
    let local_val = data.lock().unwrap().val; // lock, read, unlock
    between(); // the lock is free: another thread reads the same val
    data.lock().unwrap().val = local_val + 1; // lock, write, unlock
}
// ANCHOR_END: locking_twice

// ANCHOR: holding_the_guard
/// The fix: lock once and hold the guard across the read, `between`, and the write.
///
/// `between` runs with the lock held: it must not wait for a thread that needs this lock.
pub fn update_holding_the_guard(data: &Mutex<Data>, between: impl FnOnce()) {
    let mut data = data.lock().unwrap();
    data.update(between);
} // the guard is dropped here, after the write
// ANCHOR_END: holding_the_guard

// ANCHOR: load_then_store
/// The same race with an atomic: `load` and `store` are each atomic, the pair is not.
pub fn load_then_store(counter: &AtomicUsize, between: impl FnOnce()) {
    let local = counter.load(Relaxed);
    between();
    counter.store(local + 1, Relaxed);
}
// ANCHOR_END: load_then_store

// ANCHOR: fetch_add
/// The fix: one atomic read-modify-write, which no other thread can come between.
pub fn fetch_add(counter: &AtomicUsize) {
    counter.fetch_add(1, Relaxed);
}
// ANCHOR_END: fetch_add

// ANCHOR: fresh_lock
/// Seed 004's `with Lock():` in Rust: a new lock on every call, so it never makes anyone wait.
pub fn update_under_a_fresh_lock(counter: &AtomicUsize, between: impl FnOnce()) {
    let lock = Mutex::new(()); // `Lock()`: a lock no other thread can see
    let _guard = lock.lock().unwrap(); // so this never waits
    load_then_store(counter, between);
}
// ANCHOR_END: fresh_lock

// ANCHOR: hammer
/// Starts `threads` threads that each call `add_one(&shared)` `increments` times, and joins them.
///
/// It takes an `Arc` and uses `thread::spawn`, not `thread::scope`, because loom models only
/// those.
pub fn hammer<T>(shared: &Arc<T>, threads: usize, increments: usize, add_one: fn(&T))
where
    T: Send + Sync + 'static,
{
    let handles: Vec<_> = (0..threads)
        .map(|_| {
            let shared = Arc::clone(shared);
            thread::spawn(move || {
                for _ in 0..increments {
                    add_one(&shared);
                }
            })
        })
        .collect();
    for handle in handles {
        handle.join().unwrap();
    }
}
// ANCHOR_END: hammer

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

    // ANCHOR: count
    /// Runs [`hammer`] with this way of adding one, on a counter starting at 0, and returns the
    /// final count. Exactly `threads * increments` only if no update was lost.
    ///
    /// ```
    /// use race_conditions::Strategy;
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
    // ANCHOR_END: count
}
