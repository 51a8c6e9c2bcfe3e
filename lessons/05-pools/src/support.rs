//! Choreography the chapter does not show: holding a worker busy for a story, forcing tasks to
//! meet to count how many run at once, and racing the ways to run many tasks. Tests and the
//! narrator use it.

mod peak;
mod race;

pub use peak::{Peak, Rendezvous, forced_peak, forced_peak_hand_built, hand_built_timeline};
pub use race::{Race, race};

use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Mutex, PoisonError};
use std::time::Duration;

/// A task that keeps its worker busy until released, so a story can know a task is running
/// and another is still queued.
///
/// If the story ends early, dropping the `Hold` releases the task: nothing hangs.
///
/// ```
/// let pool = pools::ThreadPool::new(1).unwrap();
/// let busy = pools::support::Hold::new();
/// let handle = pool.submit(busy.task(7));
/// busy.wait_started();
/// assert!(!handle.is_done());
/// busy.release();
/// assert_eq!(handle.result(), Ok(7));
/// ```
#[derive(Debug)]
pub struct Hold {
    started_tx: Sender<()>,
    started: Receiver<()>,
    release: Mutex<Option<Sender<()>>>,
    released: Mutex<Option<Receiver<()>>>,
}

impl Default for Hold {
    fn default() -> Self {
        Hold::new()
    }
}

impl Hold {
    /// A hold for one task.
    pub fn new() -> Hold {
        let (started_tx, started) = mpsc::channel();
        let (release, released) = mpsc::channel();
        Hold {
            started_tx,
            started,
            release: Mutex::new(Some(release)),
            released: Mutex::new(Some(released)),
        }
    }

    /// The task: says it started, waits to be released, returns `value`.
    ///
    /// # Panics
    /// If called twice: a hold is for one task.
    pub fn task<T: Send + 'static>(&self, value: T) -> impl FnOnce() -> T + Send + 'static {
        let started = self.started_tx.clone();
        let released = lock(&self.released).take().expect("one task per Hold");
        move || {
            let _ = started.send(());
            let _ = released.recv(); // returns when released, or when the Hold is dropped
            value
        }
    }

    /// Waits until the task is running.
    ///
    /// # Panics
    /// If it has not started within ten seconds (it was never submitted, or was cancelled).
    pub fn wait_started(&self) {
        self.started
            .recv_timeout(Duration::from_secs(10))
            .expect("the held task starts");
    }

    /// Lets the task finish.
    pub fn release(&self) {
        drop(lock(&self.release).take());
    }
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}
