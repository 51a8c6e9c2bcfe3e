//! The smallest deadlock: one thread that holds a lock and asks for it again.

// ANCHOR: relock
/// Locks a `parking_lot::Mutex`, then asks for it again on the same thread with `try_lock`,
/// which answers instead of waiting. Returns whether the second attempt got it.
pub fn relock_same_thread() -> bool {
    let lock = parking_lot::Mutex::new(0);
    let _held = lock.lock();
    lock.try_lock().is_some() // `lock.lock()` here would never return
}
// ANCHOR_END: relock

// ANCHOR: reentrant
/// The same with `parking_lot::ReentrantMutex` (Python's `RLock`): its holder may lock it again.
pub fn relock_reentrant() -> bool {
    let lock = parking_lot::ReentrantMutex::new(0);
    let _held = lock.lock();
    lock.try_lock().is_some()
}
// ANCHOR_END: reentrant
