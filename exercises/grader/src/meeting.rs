//! The unlucky interleaving, made certain.

use std::sync::{Condvar, Mutex, PoisonError};
use std::time::Duration;

/// The first `parties` calls of [`Meeting::pause`] wait for each other, up to a patience. If
/// the learner's code lets two threads be at a point at the same time (each holding one lock,
/// say), they are: the bug happens on every run instead of now and then. Where correct code
/// cannot bring them together, the first caller waits out the patience once, then every later
/// call passes straight through.
#[derive(Debug)]
pub struct Meeting {
    parties: usize,
    patience: Duration,
    state: Mutex<State>,
    met: Condvar,
}

#[derive(Debug, Default)]
struct State {
    waiting: usize,
    met: bool,
    gave_up: bool,
}

impl Meeting {
    /// How long a caller waits for the others by default: threads started together meet well
    /// within it, even on a loaded machine.
    pub const PATIENCE: Duration = Duration::from_millis(400);

    /// A meeting of `parties` threads.
    pub fn new(parties: usize) -> Meeting {
        Meeting::with_patience(parties, Meeting::PATIENCE)
    }

    /// A meeting of `parties` threads that waits at most `patience`.
    pub fn with_patience(parties: usize, patience: Duration) -> Meeting {
        Meeting {
            parties,
            patience,
            state: Mutex::new(State::default()),
            met: Condvar::new(),
        }
    }

    /// Waits until `parties` threads are pausing together, or until one has given up. Returns
    /// whether they met.
    pub fn pause(&self) -> bool {
        let mut state = self.state.lock().unwrap_or_else(PoisonError::into_inner);
        if state.met || state.gave_up {
            return state.met;
        }
        state.waiting += 1;
        if state.waiting == self.parties {
            state.met = true;
            self.met.notify_all();
            return true;
        }
        let (mut state, _) = self
            .met
            .wait_timeout_while(state, self.patience, |s| !s.met && !s.gave_up)
            .unwrap_or_else(PoisonError::into_inner);
        if !state.met {
            state.gave_up = true; // the others stop waiting too: correct code pays it once
            self.met.notify_all();
        }
        state.met
    }

    /// Whether the parties met.
    pub fn met(&self) -> bool {
        self.state
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .met
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parties_that_can_meet_do() {
        let meeting = Meeting::new(2);
        std::thread::scope(|s| {
            s.spawn(|| meeting.pause());
            s.spawn(|| meeting.pause());
        });
        assert!(meeting.met());
    }

    #[test]
    fn a_lone_party_waits_once_then_nobody_waits() {
        let meeting = Meeting::with_patience(2, Duration::from_millis(20));
        assert!(!meeting.pause());
        let start = std::time::Instant::now();
        assert!(!meeting.pause());
        assert!(start.elapsed() < Duration::from_millis(20));
    }
}
