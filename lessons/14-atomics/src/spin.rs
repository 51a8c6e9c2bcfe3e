//! A spin lock on `compare_exchange`: how a lock uses Acquire and Release, and why you should use
//! `Mutex` instead.

use crate::sync::Ordering::{Acquire, Relaxed, Release};
use crate::sync::{AtomicBool, AtomicUsize, spin_loop};

// ANCHOR: spin_lock
/// A lock that waits by spinning: it retries `compare_exchange` until the flag goes from
/// `false` to `true` under its hands. No `UnsafeCell`, so it guards no data of its own.
#[derive(Debug, Default)]
pub struct SpinLock {
    locked: AtomicBool,
}

/// Proof that the lock is held; dropping it unlocks.
#[derive(Debug)]
pub struct SpinGuard<'a> {
    lock: &'a SpinLock,
}

impl SpinLock {
    /// Spins until the lock is free, then takes it. `Acquire`: see what the last holder wrote.
    pub fn lock(&self) -> SpinGuard<'_> {
        while self
            .locked
            .compare_exchange_weak(false, true, Acquire, Relaxed)
            .is_err()
        {
            spin_loop(); // tell the CPU we are busy-waiting; the thread keeps its core
        }
        SpinGuard { lock: self }
    }
}

impl Drop for SpinGuard<'_> {
    /// `Release`: publish what this holder wrote to the next one.
    fn drop(&mut self) {
        self.lock.locked.store(false, Release);
    }
}
// ANCHOR_END: spin_lock

impl SpinLock {
    /// An unlocked lock.
    pub fn new() -> Self {
        SpinLock {
            locked: AtomicBool::new(false),
        }
    }
}

// ANCHOR: add_one_locked
/// Lesson 06's split read and write, made safe by holding the lock across both. The `Relaxed`
/// accesses are enough *because* the lock's Acquire and Release order them.
pub fn add_one_locked(lock: &SpinLock, count: &AtomicUsize) {
    let _guard = lock.lock();
    let now = count.load(Relaxed);
    count.store(now + 1, Relaxed);
}
// ANCHOR_END: add_one_locked
