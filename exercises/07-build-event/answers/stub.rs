//! What the learner starts from.

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
        todo!("raise the flag under the lock, then wake the waiters")
    }

    /// Lowers the flag; later `wait`s block again (Python: `event.clear()`).
    pub fn clear(&self) {
        todo!("lower the flag under the lock")
    }

    /// Whether the flag is set right now (Python: `event.is_set()`).
    pub fn is_set(&self) -> bool {
        todo!("read the flag under the lock")
    }

    /// Blocks until the flag is set (Python: `event.wait()`).
    pub fn wait(&self) {
        todo!("sleep on the Condvar until the flag is up")
    }

    /// Blocks until the flag is set or `timeout` has passed, and returns whether it is set
    /// (Python: `event.wait(timeout)`). A set event returns `true` at once.
    pub fn wait_timeout(&self, timeout: Duration) -> bool {
        let _ = timeout;
        todo!("sleep on the Condvar until the flag is up, or the time is up")
    }
}
// ANSWER_END: event
