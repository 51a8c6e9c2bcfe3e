//! The learner's code, called on a thread of its own, watched.

use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::thread;
use std::time::{Duration, Instant};

/// How long a test holds the learner's code at a point (a [`Gate`](crate::Gate) closed) before
/// it concludes that a call which has not returned waits for it: a call that is free to return
/// does so well within it, even on a loaded machine. Correct code pays it once per test.
pub const HOLD: Duration = Duration::from_millis(500);

/// A call of the learner's code on a thread of its own, started by [`call`]: the test can see
/// whether it has returned, wait for it with a bound, and knows how long it took.
#[derive(Debug)]
pub struct Call<T> {
    answer: Receiver<Returned<T>>,
}

/// What a [`Call`] returned, and when.
#[derive(Debug)]
pub struct Returned<T> {
    /// The value.
    pub value: T,
    /// How long the call took, measured on its own thread.
    pub took: Duration,
    /// When it returned.
    pub at: Instant,
}

/// Calls `f` on a thread of its own (named `your-code`) and returns as soon as that thread
/// runs: the call starts right then.
///
/// ```
/// use std::time::Duration;
/// let call = grader::call(|| 6 * 7);
/// let returned = call.within(Duration::from_secs(1), "it never returned");
/// assert_eq!(returned.value, 42);
/// assert!(returned.took < Duration::from_secs(1));
/// ```
pub fn call<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> Call<T> {
    let (done, answer) = mpsc::channel();
    let (running, runs) = mpsc::sync_channel(1);
    thread::Builder::new()
        .name("your-code".into())
        .spawn(move || {
            let _ = running.send(());
            let started = Instant::now();
            let value = f();
            let at = Instant::now();
            let took = at - started;
            let _ = done.send(Returned { value, took, at });
        })
        .expect("a thread for the learner's code");
    runs.recv().expect("the learner's thread runs");
    Call { answer }
}

impl<T> Call<T> {
    /// What the call returned, if it returns within `limit`; `None` if it is still running then.
    /// Fails the test if it panicked.
    #[track_caller]
    pub fn returned_within(&self, limit: Duration) -> Option<Returned<T>> {
        match self.answer.recv_timeout(limit) {
            Ok(answer) => Some(answer),
            Err(RecvTimeoutError::Timeout) => None,
            Err(RecvTimeoutError::Disconnected) => panic!("your code panicked (see above)"),
        }
    }

    /// What the call returned, once it returns; fails the test if it has not returned within
    /// `limit`, saying `stuck` (what probably happened, in the statement's words).
    #[track_caller]
    pub fn within(&self, limit: Duration, stuck: &str) -> Returned<T> {
        self.returned_within(limit)
            .unwrap_or_else(|| crate::within::still_running(limit, stuck))
    }
}
