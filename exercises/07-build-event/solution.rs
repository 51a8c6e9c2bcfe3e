//! Exercise 07-build-event: Python's `threading.Event`, built from a `Mutex<bool>` and a
//! `Condvar`. `cargo run -p practice -- check 07-build-event` checks it.

use std::time::Duration;

mod given;
pub use given::Event;

impl Event {
    /// Sets the flag and wakes every thread waiting for it (Python: `event.set()`).
    pub fn set(&self) {
        // ANSWER: set
        *self.flag.lock().unwrap() = true;
        self.changed.notify_all(); // every waiter waits for the same thing
        // ANSWER_END: set
    }

    /// Lowers the flag; later `wait`s block again (Python: `event.clear()`).
    pub fn clear(&self) {
        // ANSWER: clear
        *self.flag.lock().unwrap() = false;
        // ANSWER_END: clear
    }

    /// Whether the flag is set right now (Python: `event.is_set()`).
    pub fn is_set(&self) -> bool {
        // ANSWER: is-set
        *self.flag.lock().unwrap()
        // ANSWER_END: is-set
    }

    /// Blocks until the flag is set (Python: `event.wait()`).
    pub fn wait(&self) {
        // ANSWER: wait
        let flag = self.flag.lock().unwrap();
        // Looks at the flag before sleeping and after every wake-up: a wake-up is only a hint.
        let _flag = self.changed.wait_while(flag, |set| !*set).unwrap();
        // ANSWER_END: wait
    }

    /// Blocks until the flag is set or `timeout` has passed, and returns whether it is set
    /// (Python: `event.wait(timeout)`). A set event returns `true` at once.
    pub fn wait_timeout(&self, timeout: Duration) -> bool {
        // ANSWER: wait-timeout
        let flag = self.flag.lock().unwrap();
        // Counts `timeout` from this call, not from the last wake-up.
        let (flag, _) = self
            .changed
            .wait_timeout_while(flag, timeout, |set| !*set)
            .unwrap();
        *flag
        // ANSWER_END: wait-timeout
    }
}
