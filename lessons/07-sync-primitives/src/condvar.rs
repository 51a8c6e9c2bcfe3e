//! `Condvar`: Python's `threading.Condition`, and why a waiter looks at the condition in a loop.
//!
//! Both waiters wait for the same [`Ready`] flag behind a `Mutex`; the driver
//! [`support::wake_without_change`](crate::support::wake_without_change) wakes them once before
//! the flag is set.

use std::sync::{Condvar, Mutex};

use crate::support::Ready;

// ANCHOR: waiters
/// The bug: looks at the flag once and, when woken, trusts the wake-up. Returns whether the
/// flag was set when it stopped waiting.
pub fn wait_with_if(ready: &Mutex<Ready>, changed: &Condvar) -> bool {
    let mut ready = ready.lock().unwrap();
    if !ready.look() {
        ready = changed.wait(ready).unwrap(); // woken: surely it is set now?
    }
    ready.is_set
}

// ANCHOR: wait_while
/// The fix: `wait_while` looks again after every wake-up, and sleeps on while the closure
/// returns true (Python: `cond.wait_for(lambda: ready)`).
pub fn wait_with_wait_while(ready: &Mutex<Ready>, changed: &Condvar) -> bool {
    let ready = changed.wait_while(ready.lock().unwrap(), |ready| !ready.look());
    ready.unwrap().is_set
}
// ANCHOR_END: wait_while
// ANCHOR_END: waiters
