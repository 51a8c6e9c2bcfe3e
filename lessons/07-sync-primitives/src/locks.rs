//! Locks: `Mutex` (Python's `Lock`), the same lock twice on one thread, `ReentrantMutex`
//! (Python's `RLock`) and a lock with a timeout.
//!
//! The `Mutex` owns the value, so the seed's bug (reading `self.val` outside
//! `with self._lock:`) does not compile:
//!
//! ```compile_fail,E0614
//! let val = std::sync::Mutex::new(0);
//! let local_val = *val; // error[E0614]: type `Mutex<{integer}>` cannot be dereferenced
//! ```
//!
//! A `ReentrantMutex` guard gives `&T`, never `&mut T` (two guards may be alive at once on the
//! thread that holds it, and two `&mut` to one value must never exist):
//!
//! ```compile_fail,E0594
//! let lock = parking_lot::ReentrantMutex::new(0);
//! *lock.lock() += 1; // error[E0594]: cannot assign to data in dereference of `ReentrantMutexGuard<..>`
//! ```

use std::cell::RefCell;
use std::sync::{Mutex, TryLockError};
use std::thread;
use std::time::Duration;

use parking_lot::ReentrantMutex;

use crate::support::spawn_named;

// ANCHOR: mutex
/// Seed 003's fixed `Data.update`, run by `threads` threads at once. Returns the final value:
/// always `threads`, because each read, sleep and write happens with the lock held.
pub fn locked_update(threads: u64, pause: Duration) -> u64 {
    let val = Mutex::new(0);
    thread::scope(|s| {
        for n in 0..threads {
            let val = &val;
            spawn_named(s, format!("executor-{n}"), move || {
                // ANCHOR: with_lock
                let mut guard = val.lock().unwrap(); // with self._lock:
                timing::span(format!("update n={n}"), || {
                    let local_val = *guard;
                    timing::sleep(pause);
                    *guard = local_val + 1;
                });
                // ANCHOR_END: with_lock
            }); // the guard is dropped here: the lock is released
        }
    });
    val.into_inner().unwrap()
}
// ANCHOR_END: mutex

// ANCHOR: twice
/// Locks a std `Mutex`, then asks for it again on the same thread with `try_lock`. (A second
/// `lock()` would never succeed: std's docs say it "might panic or deadlock".)
pub fn lock_twice_on_one_thread() -> &'static str {
    let lock = Mutex::new(0);
    let _first = lock.lock().unwrap();
    match lock.try_lock() {
        Ok(_) => "acquired twice",
        Err(TryLockError::WouldBlock) => "WouldBlock",
        Err(TryLockError::Poisoned(_)) => "Poisoned",
    }
}
// ANCHOR_END: twice

// ANCHOR: countdown
/// Locks, then calls itself, locking again, down to 1 (Python: a method of a class whose
/// `_lock` is an `RLock`).
fn countdown(lock: &ReentrantMutex<RefCell<Vec<u32>>>, n: u32) {
    let guard = lock.lock(); // on the thread that holds it: succeeds at once
    guard.borrow_mut().push(n); // the guard gives `&RefCell`, so `borrow_mut` to change it
    if n > 1 {
        countdown(lock, n - 1);
    }
}
// ANCHOR_END: countdown

// ANCHOR: reentrant
/// Runs `countdown(depth)` while holding the lock already, then lets another thread try it.
/// Returns what the calls pushed and whether the other thread got the lock.
pub fn reentrant_countdown(depth: u32) -> (Vec<u32>, bool) {
    let lock = ReentrantMutex::new(RefCell::new(Vec::new()));
    let outer = lock.lock();
    countdown(&lock, depth);
    let other_got_it = thread::scope(|s| s.spawn(|| lock.try_lock().is_some()).join());
    let pushed = outer.borrow().clone();
    (pushed, other_got_it.unwrap())
}
// ANCHOR_END: reentrant

// ANCHOR: timeout
/// This thread holds a `parking_lot::Mutex` while two others ask for it with `try_lock_for`
/// (Python: `lock.acquire(timeout=...)`): the first waits `patience` and gives up; the second
/// waits long enough to get it when this thread lets go, `hold` later. Returns what each got.
pub fn lock_with_timeout(patience: Duration, hold: Duration) -> (bool, bool) {
    let lock = parking_lot::Mutex::new(());
    let try_lock_for = |wait| lock.try_lock_for(timing::scaled(wait)).is_some();
    thread::scope(|s| {
        let held = (lock.lock(), timing::span_guard("holds the lock"));
        let impatient = spawn_named(s, "impatient", || {
            timing::span("try_lock_for", || try_lock_for(patience))
        });
        let impatient = impatient.join().unwrap(); // false: it gave up
        let patient = spawn_named(s, "patient", || {
            timing::span("try_lock_for", || try_lock_for(hold * 10))
        });
        timing::sleep(hold);
        drop(held); // let go: the patient thread gets the lock now
        (impatient, patient.join().unwrap())
    })
}
// ANCHOR_END: timeout
