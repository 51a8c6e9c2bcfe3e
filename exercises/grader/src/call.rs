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
    answer: Receiver<(T, Duration)>,
}

/// Calls `f` on a thread of its own (named `your-code`) and returns at once.
///
/// ```
/// use std::time::Duration;
/// let call = grader::call(|| 6 * 7);
/// let (answer, took) = call.within(Duration::from_secs(1), "it never returned");
/// assert_eq!(answer, 42);
/// assert!(took < Duration::from_secs(1));
/// ```
pub fn call<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> Call<T> {
    let (done, answer) = mpsc::channel();
    thread::Builder::new()
        .name("your-code".into())
        .spawn(move || {
            let started = Instant::now();
            let value = f();
            let _ = done.send((value, started.elapsed()));
        })
        .expect("a thread for the learner's code");
    Call { answer }
}

impl<T> Call<T> {
    /// `Some((value, how long the call took))` if it returns within `limit`; `None` if it is
    /// still running then. Fails the test if it panicked.
    pub fn returned_within(&self, limit: Duration) -> Option<(T, Duration)> {
        match self.answer.recv_timeout(limit) {
            Ok(answer) => Some(answer),
            Err(RecvTimeoutError::Timeout) => None,
            Err(RecvTimeoutError::Disconnected) => panic!("your code panicked (see above)"),
        }
    }

    /// The value and how long the call took, once it returns; fails the test if it has not
    /// returned within `limit`, saying `stuck` (what probably happened, in the statement's words).
    pub fn within(&self, limit: Duration, stuck: &str) -> (T, Duration) {
        self.returned_within(limit)
            .unwrap_or_else(|| panic!("your code is still running after {limit:?}: {stuck}"))
    }
}
