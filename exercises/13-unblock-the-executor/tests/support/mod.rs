//! Runs the learner's async code on a current-thread runtime (asyncio's model: one thread for
//! every task) within a bound, beside a ticker task; and holds `blocking_hash` at its point until
//! the ticker has ticked, so a blocked executor shows on every run.

#![allow(dead_code)] // each test file uses part of it

use std::sync::atomic::{AtomicBool, Ordering::SeqCst};
use std::sync::{Arc, Condvar, Mutex, PoisonError};
use std::time::Duration;

/// Past this, the code under test is stuck.
pub const LIMIT: Duration = Duration::from_secs(5);

/// How long a held `blocking_hash` waits for the ticker: it ticks well within it when the
/// executor's thread is free, and never when it is blocked.
pub const PATIENCE: Duration = Duration::from_secs(2);

/// How often the ticker ticks.
pub const TICK: Duration = Duration::from_millis(5);

pub fn ms(n: u64) -> Duration {
    Duration::from_millis(n)
}

/// Runs the future that `make` builds on a new current-thread runtime, on a thread of its own
/// (its blocking pool's threads are named `blocking pool`), and returns its output; fails the
/// test if it panicked or is still running after [`LIMIT`].
pub fn on_executor<F, Fut>(make: F) -> Fut::Output
where
    F: FnOnce() -> Fut + Send + 'static,
    Fut: Future,
    Fut::Output: Send + 'static,
{
    grader::within(
        LIMIT,
        "the runtime's thread is blocked and nothing can wake it",
        move || {
            tokio::runtime::Builder::new_current_thread()
                .enable_time()
                .thread_name("blocking pool")
                .build()
                .expect("a runtime")
                .block_on(make())
        },
    )
}

/// How many times the ticker has ticked.
#[derive(Debug, Default)]
pub struct Ticks {
    count: Mutex<u32>,
    ticked: Condvar,
}

impl Ticks {
    fn tick(&self) {
        *self.count.lock().unwrap_or_else(PoisonError::into_inner) += 1;
        self.ticked.notify_all();
    }

    /// Waits until the ticker has ticked `more` times from now, up to [`PATIENCE`]; returns
    /// whether it did.
    pub fn wait_for(&self, more: u32) -> bool {
        let count = self.count.lock().unwrap_or_else(PoisonError::into_inner);
        let until = *count + more;
        let (count, _) = self
            .ticked
            .wait_timeout_while(count, PATIENCE, |count| *count < until)
            .unwrap_or_else(PoisonError::into_inner);
        *count >= until
    }
}

/// Another task on the same runtime: every [`TICK`] it counts a tick. Each tick is a span
/// `tick N` covering its wait, so a timeline shows when the ticker got the thread.
pub async fn ticker(ticks: Arc<Ticks>) {
    for n in 1.. {
        let _tick = timing::span_guard(format!("tick {n}"));
        tokio::time::sleep(TICK).await;
        ticks.tick();
    }
}

/// Holds every `blocking_hash` at its point until the ticker has ticked 3 more times (up to
/// [`PATIENCE`]) while this lives; [`Held::ticked`] says whether it did, every time.
pub fn hold_for_ticks(ticks: &Arc<Ticks>) -> Held {
    let ticked = Arc::new(AtomicBool::new(true));
    let (waiting, noting) = (Arc::clone(ticks), Arc::clone(&ticked));
    let points = grader::at_points(move |point| {
        if point == "blocking_hash" && !waiting.wait_for(3) {
            noting.store(false, SeqCst);
        }
    });
    Held {
        ticked,
        _points: points,
    }
}

/// What [`hold_for_ticks`] saw.
pub struct Held {
    ticked: Arc<AtomicBool>,
    _points: grader::Points,
}

impl Held {
    /// Whether the ticker ticked while each `blocking_hash` was held.
    pub fn ticked(&self) -> bool {
        self.ticked.load(SeqCst)
    }
}
