//! What the tests share: a wait in which threads meet if they can, and a time limit so that
//! code that gets stuck fails instead of hanging.

#![allow(dead_code)] // each test file uses some of it

use std::sync::{Condvar, Mutex, PoisonError, mpsc};
use std::thread;
use std::time::Duration;

/// How long a [`Meeting`] waits for the other threads. Threads that can meet always do well
/// within it; code where they cannot pays it once.
pub const PATIENCE: Duration = Duration::from_millis(800);

/// How long the tests wait for your code before they call it stuck.
pub const LIMIT: Duration = Duration::from_secs(5);

/// A stand-in for a blocking read that only returns early if `parties` threads are waiting in
/// it at the same time: the first `parties` calls of [`Meeting::wait`] wait for each other (up
/// to [`PATIENCE`]). Once one call has given up, later calls do not wait at all.
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

/// Runs `f` on a thread of its own and returns its value, or fails the test if it panicked or
/// has not finished within [`LIMIT`]; `stuck` says what probably happened. A stuck thread is
/// left behind: nothing can free it, and the test process ends it when it exits.
pub fn within<T: Send + 'static>(stuck: &str, f: impl FnOnce() -> T + Send + 'static) -> T {
    let (done, result) = mpsc::channel();
    thread::spawn(move || {
        let _ = done.send(f());
    });
    match result.recv_timeout(LIMIT) {
        Ok(value) => value,
        Err(mpsc::RecvTimeoutError::Disconnected) => panic!("your code panicked (see above)"),
        Err(mpsc::RecvTimeoutError::Timeout) => {
            panic!("your code looks stuck: still running after {LIMIT:?}. {stuck}")
        }
    }
}
