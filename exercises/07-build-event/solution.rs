//! Exercise 07-build-event: Python's `threading.Event`, built from a `Mutex<bool>` and a
//! `Condvar`. `cargo run -p practice -- check 07-build-event` checks it.

use std::sync::{Condvar, Mutex, PoisonError};
use std::time::Duration;

/// A flag threads can wait for: Python's `threading.Event`, made of what CPython's is made of
/// (a lock-protected flag and a condition variable).
#[derive(Debug, Default)]
pub struct Event {
    /// The flag: `true` once set.
    flag: Mutex<bool>,
    /// The doorbell: rung when the flag may have changed.
    changed: Condvar,
}

// ANSWER: event
impl Event {
    /// A new event, not set (Python: `Event()`).
    pub fn new() -> Self {
        Event::default()
    }

    /// Given, for the tests: wakes every waiter *without* setting the flag, as a spurious
    /// wake-up (or a `notify_all` meant for something else) would. A correct `wait` looks at
    /// the flag, finds it down, and goes back to sleep.
    pub fn poke(&self) {
        let _flag = self.flag.lock().unwrap_or_else(PoisonError::into_inner);
        self.changed.notify_all();
    }

    /// Sets the flag and wakes every thread waiting for it (Python: `event.set()`).
    pub fn set(&self) {
        *self.flag.lock().unwrap() = true;
        self.changed.notify_all(); // every waiter waits for the same thing
    }

    /// Lowers the flag; later `wait`s block again (Python: `event.clear()`).
    pub fn clear(&self) {
        *self.flag.lock().unwrap() = false;
    }

    /// Whether the flag is set right now (Python: `event.is_set()`).
    pub fn is_set(&self) -> bool {
        *self.flag.lock().unwrap()
    }

    /// Blocks until the flag is set (Python: `event.wait()`).
    pub fn wait(&self) {
        let flag = self.flag.lock().unwrap();
        // Looks at the flag before sleeping and after every wake-up: a wake-up is only a hint.
        let _flag = self.changed.wait_while(flag, |set| !*set).unwrap();
    }

    /// Blocks until the flag is set or `timeout` has passed, and returns whether it is set
    /// (Python: `event.wait(timeout)`). A set event returns `true` at once.
    pub fn wait_timeout(&self, timeout: Duration) -> bool {
        let flag = self.flag.lock().unwrap();
        // Counts `timeout` from this call, not from the last wake-up.
        let (flag, _) = self
            .changed
            .wait_timeout_while(flag, timeout, |set| !*set)
            .unwrap();
        *flag
    }
}
// ANSWER_END: event
