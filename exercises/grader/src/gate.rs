//! A thread held at a point for as long as the test needs.

use std::sync::{Condvar, Mutex, PoisonError};

/// Threads that [`wait`](Gate::wait) stay there until the test [`open`](Gate::open)s the gate:
/// the learner's code is held at a point the test chooses (a tick in progress, a write that is
/// stuck, a sleeper that has not finished) while the test looks at what the rest does.
#[derive(Debug, Default)]
pub struct Gate {
    open: Mutex<bool>,
    opened: Condvar,
}

impl Gate {
    /// A closed gate.
    pub fn new() -> Gate {
        Gate::default()
    }

    /// Waits until the gate is open (at once if it is).
    pub fn wait(&self) {
        let open = self.open.lock().unwrap_or_else(PoisonError::into_inner);
        let _open = self
            .opened
            .wait_while(open, |open| !*open)
            .unwrap_or_else(PoisonError::into_inner);
    }

    /// Opens the gate for good: every thread waiting goes on, and later ones pass.
    pub fn open(&self) {
        *self.open.lock().unwrap_or_else(PoisonError::into_inner) = true;
        self.opened.notify_all();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_gate_holds_until_opened() {
        let gate = Gate::new();
        std::thread::scope(|s| {
            let held = s.spawn(|| gate.wait());
            std::thread::sleep(std::time::Duration::from_millis(20));
            assert!(!held.is_finished());
            gate.open();
        });
        gate.wait(); // open: passes at once
    }
}
