//! Python's `threading.Timer`, and Ctrl-C when there are worker threads.

use std::sync::Mutex;
use std::sync::mpsc::{self, RecvTimeoutError};
use std::thread::{self, JoinHandle};
use std::time::Duration;

// ANCHOR: timer
/// Python's `threading.Timer(delay, f)`: runs `f` on a thread of its own after `delay`, unless
/// it is cancelled first. The thread waits on a channel with a timeout, so a cancel wakes it at
/// once instead of letting it sleep out the delay.
pub struct Timer {
    cancel: mpsc::Sender<()>,
    thread: JoinHandle<bool>,
}

impl Timer {
    /// Starts the countdown (Python: `Timer(delay, f).start()`).
    pub fn start(delay: Duration, f: impl FnOnce() + Send + 'static) -> Timer {
        let (cancel, cancelled) = mpsc::channel();
        let thread = thread::spawn(move || match cancelled.recv_timeout(delay) {
            Err(RecvTimeoutError::Timeout) => {
                f();
                true
            }
            // A cancel message, or the `Timer` was dropped: do not run `f`.
            Ok(()) | Err(RecvTimeoutError::Disconnected) => false,
        });
        Timer { cancel, thread }
    }

    /// `timer.cancel()`, then waits for the timer's thread: whether `f` ran anyway (it had
    /// already fired).
    pub fn cancel(self) -> bool {
        let _ = self.cancel.send(());
        self.thread.join().expect("the timer's function panicked")
    }

    /// `timer.join()`: waits for the timer to fire; whether `f` ran.
    pub fn join(self) -> bool {
        let Timer { cancel, thread } = self;
        let ran = thread.join().expect("the timer's function panicked");
        drop(cancel); // kept alive until here: dropping it earlier would cancel the timer
        ran
    }
}
// ANCHOR_END: timer

// ANCHOR: ctrl_c
/// Runs `workers` threads, each doing one job per `tick`, until Ctrl-C. The handler drops the
/// one `Sender`; every worker's `recv_timeout` then reports the channel closed, the worker
/// returns, and this function joins them all. Returns each worker's count of jobs.
pub fn work_until_ctrl_c(workers: usize, tick: Duration) -> Vec<u64> {
    let (stop, stopped) = crossbeam_channel::bounded::<()>(0);
    let stop = Mutex::new(Some(stop));
    ctrlc::set_handler(move || drop(stop.lock().unwrap().take()))
        .expect("a process has one Ctrl-C handler");
    let handles: Vec<JoinHandle<u64>> = (0..workers)
        .map(|i| {
            let stopped = stopped.clone();
            thread::spawn(move || {
                let mut jobs = 0;
                while stopped.recv_timeout(tick).is_err_and(|e| e.is_timeout()) {
                    jobs += 1; // one job
                }
                println!("worker {i}: stopped after {jobs} jobs");
                jobs
            })
        })
        .collect();
    println!("{workers} workers running; Ctrl-C stops them");
    let jobs = handles.into_iter().map(|h| h.join().unwrap()).collect();
    println!("all workers joined");
    jobs
}
// ANCHOR_END: ctrl_c
