//! Runs the learner's async code on a current-thread runtime (asyncio's model: one thread for
//! every task) on a thread of its own, so that a test which blocks or panics fails with a
//! message instead of hanging.

#![allow(dead_code)] // each test file uses part of it

use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering::SeqCst};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::thread;
use std::time::Duration;

/// Past this, the code under test is stuck.
pub const LIMIT: Duration = Duration::from_secs(3);

/// How often the ticker ticks.
pub const TICK: Duration = Duration::from_millis(10);

pub fn ms(n: u64) -> Duration {
    Duration::from_millis(n)
}

/// Runs the future that `make` builds on a new current-thread runtime, on a thread named
/// `executor` (the runtime's blocking pool threads are named `blocking pool`), and returns its
/// output; panics with a message if it panicked or is still running after [`LIMIT`].
pub fn on_executor<F, Fut>(make: F) -> Fut::Output
where
    F: FnOnce() -> Fut + Send + 'static,
    Fut: Future,
    Fut::Output: Send + 'static,
{
    let (done, result) = mpsc::channel();
    let executor = thread::Builder::new()
        .name("executor".to_string())
        .spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_time()
                .thread_name("blocking pool")
                .build()
                .expect("a runtime");
            let _ = done.send(runtime.block_on(make()));
        })
        .expect("a thread");
    match result.recv_timeout(LIMIT) {
        Ok(output) => output,
        Err(RecvTimeoutError::Disconnected) => {
            let message = executor
                .join()
                .err()
                .map(|payload| timing::panic_message(&*payload))
                .unwrap_or_default();
            panic!("your code panicked on the executor's thread: {message}")
        }
        Err(RecvTimeoutError::Timeout) => {
            panic!("the runtime looks stuck: still running after {LIMIT:?}")
        }
    }
}

/// Another task on the same runtime: every [`TICK`] it counts a tick in `ticks`. Each tick is
/// a span `tick N` covering its wait, so a timeline shows when the ticker got the thread.
pub async fn ticker(ticks: Arc<AtomicU32>) {
    for n in 1.. {
        let _tick = timing::span_guard(format!("tick {n}"));
        tokio::time::sleep(TICK).await;
        ticks.fetch_add(1, SeqCst);
    }
}

/// Starts [`ticker`] on the current runtime, lets it tick twice, then hashes `data` with the
/// learner's `hash_async` taking `work`; returns how many ticks happened meanwhile.
pub async fn ticks_during_hash(work: Duration) -> u32 {
    let ticks = Arc::new(AtomicU32::new(0));
    let ticking = tokio::spawn(ticker(Arc::clone(&ticks)));
    tokio::time::sleep(TICK * 2 + TICK / 2).await;
    let before = ticks.load(SeqCst);
    let hash = ex13_unblock_the_executor::hash_async(b"the ticker must not stop".to_vec(), work);
    hash.await;
    let during = ticks.load(SeqCst) - before;
    ticking.abort();
    during
}
