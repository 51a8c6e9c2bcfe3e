//! What the tests share: a pause in which chunks that run at the same time meet.

use std::sync::{Condvar, Mutex, PoisonError};
use std::time::Duration;

/// How long a [`Meeting`] waits for the other threads. Threads that can meet always do well
/// within it; code where they cannot pays it once.
pub const PATIENCE: Duration = Duration::from_millis(800);

/// A pause in which chunks meet if they run at the same time: the first `parties` calls of
/// [`Meeting::wait`] wait for each other (up to [`PATIENCE`]). Once one call has given up, later
/// calls do not wait at all.
pub struct Meeting {
    parties: usize,
    state: Mutex<State>,
    met: Condvar,
}

#[derive(Default)]
struct State {
    waiting: usize,
    met: bool,
    gave_up: bool,
}

impl Meeting {
    /// A meeting for `parties` threads.
    pub fn new(parties: usize) -> Meeting {
        Meeting {
            parties,
            state: Mutex::new(State::default()),
            met: Condvar::new(),
        }
    }

    /// Waits until `parties` threads are waiting here together (`true`), or until one has
    /// given up (`false`).
    pub fn wait(&self) -> bool {
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
            .wait_timeout_while(state, PATIENCE, |state| !state.met && !state.gave_up)
            .unwrap_or_else(PoisonError::into_inner);
        if !state.met {
            state.gave_up = true; // the others stop waiting too: the test ends sooner
            self.met.notify_all();
        }
        state.met
    }
}
