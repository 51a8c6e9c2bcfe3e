//! [`Event`]: Python's `threading.Event`, built the way CPython builds it, from a lock-protected
//! flag and a condition variable.
//!
//! ```
//! use std::time::Duration;
//! use sync_primitives::Event;
//!
//! let ready = Event::new();
//! assert!(!ready.wait_timeout(Duration::from_millis(1))); // not set: times out
//! std::thread::scope(|s| {
//!     s.spawn(|| ready.set());
//!     ready.wait(); // returns once the other thread has set it
//! });
//! assert!(ready.is_set());
//! ```

use std::sync::PoisonError;
use std::time::{Duration, Instant};

use crate::sync::{Condvar, Mutex, MutexGuard};

// ANCHOR: event
/// A flag threads can wait for: Python's `threading.Event`, made of what CPython's is made of
/// (a `Condition(Lock())` and a `_flag`).
#[derive(Debug, Default)]
pub struct Event {
    flag: Mutex<bool>,
    changed: Condvar,
}

impl Event {
    /// A new event, not set (Python: `Event()`).
    pub fn new() -> Self {
        Event {
            flag: Mutex::new(false),
            changed: Condvar::new(),
        }
    }

    /// Sets the flag and wakes every thread waiting for it (Python: `event.set()`).
    pub fn set(&self) {
        *self.flag() = true;
        self.changed.notify_all();
    }
}
// ANCHOR_END: event

// ANCHOR: event_wait
impl Event {
    /// Blocks until the flag is set (Python: `event.wait()`).
    pub fn wait(&self) {
        let mut set = self.flag();
        // A wake-up is only a hint: look at the flag again every time. (`Condvar::wait_while`
        // is this loop, but loom's `Condvar` has only `wait`, and loom checks this code.)
        while !*set {
            set = self
                .changed
                .wait(set)
                .unwrap_or_else(PoisonError::into_inner);
        }
    }

    // Nothing panics while holding this lock, so a poisoned flag is still a valid flag.
    fn flag(&self) -> MutexGuard<'_, bool> {
        self.flag.lock().unwrap_or_else(PoisonError::into_inner)
    }
}
// ANCHOR_END: event_wait

// ANCHOR: event_clear
impl Event {
    /// Lowers the flag; later `wait`s block again (Python: `event.clear()`).
    pub fn clear(&self) {
        *self.flag() = false;
    }

    /// Whether the flag is set right now (Python: `event.is_set()`).
    pub fn is_set(&self) -> bool {
        *self.flag()
    }
}
// ANCHOR_END: event_clear

// ANCHOR: event_wait_timeout
impl Event {
    /// Blocks until the flag is set or `timeout` has passed, and returns whether it is set
    /// (Python: `event.wait(timeout)`). A set event returns `true` at once, even for a zero
    /// timeout.
    pub fn wait_timeout(&self, timeout: Duration) -> bool {
        let Some(deadline) = Instant::now().checked_add(timeout) else {
            self.wait(); // a timeout too long to represent is no timeout
            return true;
        };
        let mut set = self.flag();
        while !*set {
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return false;
            }
            set = match self.changed.wait_timeout(set, left) {
                Ok((set, _)) => set,
                Err(poisoned) => poisoned.into_inner().0,
            };
        }
        true
    }
}
// ANCHOR_END: event_wait_timeout
