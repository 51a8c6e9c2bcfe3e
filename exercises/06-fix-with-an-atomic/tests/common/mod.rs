//! What the tests share: a pause in which threads meet if they can, two named threads, and a
//! time limit so that code that deadlocks fails instead of hanging.

#![allow(dead_code)] // each test file uses some of it

use std::sync::{Condvar, Mutex, PoisonError, mpsc};
use std::thread;
use std::time::Duration;

/// How long a pause waits for the other threads. Threads started together always meet well
/// within it; correct code, where they cannot meet, pays it once.
pub const PATIENCE: Duration = Duration::from_millis(250);

/// The seed's `time.sleep(1)`, made certain: the first `parties` calls wait for each other (up
/// to [`PATIENCE`]). If the code lets several threads sit between their read and their write at
/// once, they all do, and each then writes what it read plus one. Once a call has given up
/// waiting, later calls do not wait: correct code pays the patience once.
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
    callers: Vec<String>,
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

    /// Waits until `parties` threads are pausing together, or until one has given up.
    pub fn pause(&self) {
        let mut state = self.state.lock().unwrap_or_else(PoisonError::into_inner);
        state.callers.push(thread_name());
        if state.met || state.gave_up {
            return;
        }
        state.waiting += 1;
        if state.waiting == self.parties {
            state.met = true;
            self.met.notify_all();
            return;
        }
        let (mut state, _) = self
            .met
            .wait_timeout_while(state, PATIENCE, |state| !state.met)
            .unwrap_or_else(PoisonError::into_inner);
        if !state.met {
            state.gave_up = true;
        }
    }

    /// Whether `parties` threads were ever pausing at the same time.
    pub fn met(&self) -> bool {
        self.state
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .met
    }

    /// The names of the threads that paused, one per call.
    pub fn callers(&self) -> Vec<String> {
        let state = self.state.lock().unwrap_or_else(PoisonError::into_inner);
        state.callers.clone()
    }
}

fn thread_name() -> String {
    let me = thread::current();
    me.name()
        .map(String::from)
        .unwrap_or_else(|| format!("{:?}", me.id()))
}

/// Runs `f` on a thread of its own and returns its value, or fails the test if it panicked or
/// has not finished after five seconds.
pub fn within<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    let (done, result) = mpsc::channel();
    thread::spawn(move || {
        let _ = done.send(f());
    });
    match result.recv_timeout(Duration::from_secs(5)) {
        Ok(value) => value,
        Err(mpsc::RecvTimeoutError::Disconnected) => panic!("your code panicked (see above)"),
        Err(mpsc::RecvTimeoutError::Timeout) => panic!(
            "your code looks stuck: still running after 5 s. Does a thread wait for a lock it \
             already holds, or for a channel that nobody closes?"
        ),
    }
}

/// Runs `work` on two threads named `task 0` and `task 1`, released together by a `Barrier`,
/// and waits for both.
pub fn on_two_threads(work: impl Fn() + Sync) {
    let start = std::sync::Barrier::new(2);
    thread::scope(|s| {
        for n in 0..2 {
            thread::Builder::new()
                .name(format!("task {n}"))
                .spawn_scoped(s, || {
                    start.wait();
                    work();
                })
                .expect("the OS could not start a thread");
        }
    });
}
