//! `set` raises the flag but rings no bell, so a thread already asleep in `wait` never looks at
//! it again.
//! caught: assertion

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

    /// Sets the flag, and wakes nobody.
    pub fn set(&self) {
        *self.flag.lock().unwrap() = true;
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
        let _flag = self.changed.wait_while(flag, |set| !*set).unwrap();
    }

    /// Blocks until the flag is set or `timeout` has passed, and returns whether it is set.
    pub fn wait_timeout(&self, timeout: Duration) -> bool {
        let flag = self.flag.lock().unwrap();
        let (flag, _) = self
            .changed
            .wait_timeout_while(flag, timeout, |set| !*set)
            .unwrap();
        *flag
    }
}
// ANSWER_END: event
