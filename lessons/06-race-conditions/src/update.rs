//! Five ways for threads to add one to a shared counter: three lose updates, two do not.
//!
//! Each function is the code the lesson runs *and* the code `tests/loom.rs` model-checks: the
//! types come from [`crate::sync`], which is std normally and loom under `--cfg loom`. Each
//! racy function takes `between`, what runs between its read and its write: the seed sleeps
//! there, the demonstrations wait at a `Barrier` there, and the N×M run and loom pass `|| {}`.

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
