//! `wait` trusts the wake-up (`if` instead of a loop), and `wait_timeout` takes a wake-up for the
//! end of its wait.
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

    /// Sets the flag and wakes every thread waiting for it (Python: `event.set()`).
    pub fn set(&self) {
        *self.flag.lock().unwrap() = true;
        self.changed.notify_all();
    }

    /// Lowers the flag; later `wait`s block again (Python: `event.clear()`).
    pub fn clear(&self) {
        *self.flag.lock().unwrap() = false;
    }

    /// Whether the flag is set right now (Python: `event.is_set()`).
    pub fn is_set(&self) -> bool {
        *self.flag.lock().unwrap()
    }

    /// Sleeps once, and trusts whatever woke it.
    pub fn wait(&self) {
        let flag = self.flag.lock().unwrap();
        if !*flag {
            let _flag = self.changed.wait(flag).unwrap();
        }
    }

    /// Sleeps once, at most `timeout`, and reports the flag as it then is.
    pub fn wait_timeout(&self, timeout: Duration) -> bool {
        let flag = self.flag.lock().unwrap();
        if *flag {
            return true;
        }
        let (flag, _) = self.changed.wait_timeout(flag, timeout).unwrap();
        *flag
    }
}
// ANSWER_END: event
