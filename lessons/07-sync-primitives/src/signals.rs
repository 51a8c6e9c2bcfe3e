//! [`Event`] and [`Semaphore`] at work: waking many waiters at once, stopping a worker, and
//! limiting how many threads use a resource.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;
use std::time::Duration;

use timing::{HighWater, Stopwatch, Timeline};

use crate::{Event, Semaphore};

// ANCHOR: release
/// `waiters` threads block in [`Event::wait`]; after `after` (scaled) the main thread calls
/// [`Event::set`] and every one of them wakes. Returns how many woke.
///
/// ```
/// let timeline = timing::Timeline::new();
/// let woken = sync_primitives::release_waiters(3, std::time::Duration::ZERO, &timeline);
/// assert_eq!(woken, 3);
/// ```
pub fn release_waiters(waiters: usize, after: Duration, timeline: &Timeline) -> usize {
    let go = Event::new();
    let woken = AtomicUsize::new(0);
    thread::scope(|s| {
        for i in 0..waiters {
            let (go, woken) = (&go, &woken);
            crate::spawn_named(s, format!("waiter-{i}"), move || {
                timeline.record("wait()", || go.wait());
                woken.fetch_add(1, Ordering::Relaxed);
            });
        }
        timing::sleep(after);
        go.set(); // one call wakes them all
    });
    woken.into_inner()
}
// ANCHOR_END: release

// ANCHOR: stop
/// What [`stop_a_worker`] saw.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stopped {
    /// How many rounds of work the worker did.
    pub rounds: u32,
    /// From `stop.set()` to the worker having finished.
    pub stop_took: Duration,
}

/// Seed 004's "signal the end of a process": a worker does a round of work every `tick`, and
/// the main thread tells it to stop after `run_for` (both scaled). The worker sleeps with
/// `stop.wait_timeout(tick)`, so `set` interrupts its sleep: it stops at once, not at the end
/// of its tick.
///
/// ```
/// use std::time::Duration;
/// let stopped = sync_primitives::stop_a_worker(Duration::from_millis(5), Duration::from_secs(10));
/// assert!(stopped.stop_took < Duration::from_secs(5));
/// ```
pub fn stop_a_worker(run_for: Duration, tick: Duration) -> Stopped {
    let stop = Event::new();
    thread::scope(|s| {
        let worker = crate::spawn_named(s, "worker", || {
            let mut rounds = 0;
            while !stop.wait_timeout(timing::scaled(tick)) {
                rounds += 1; // a round of work
            }
            rounds
        });
        timing::sleep(run_for);
        let clock = Stopwatch::start();
        stop.set();
        let rounds = worker.join().expect("the worker does not panic");
        Stopped {
            rounds,
            stop_took: clock.elapsed(),
        }
    })
}
// ANCHOR_END: stop

// ANCHOR: connections
/// What [`limit_connections`] saw.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Connections {
    /// The most workers that held a permit at the same time (the high-water mark).
    pub most_at_once: usize,
    /// How long all the workers took.
    pub took: Duration,
}

/// `workers` threads each hold a "connection" for `hold` (scaled), but a [`Semaphore`] with
/// `permits` permits lets only that many in at a time: the rest wait their turn.
///
/// ```
/// let timeline = timing::Timeline::new();
/// let seen = sync_primitives::limit_connections(10, 3, std::time::Duration::from_millis(2), &timeline);
/// assert!(seen.most_at_once <= 3);
/// ```
pub fn limit_connections(
    workers: usize,
    permits: usize,
    hold: Duration,
    timeline: &Timeline,
) -> Connections {
    let pool = Semaphore::new(permits);
    let connected = HighWater::default();
    let clock = Stopwatch::start();
    thread::scope(|s| {
        for i in 0..workers {
            let (pool, connected) = (&pool, &connected);
            crate::spawn_named(s, format!("worker-{i}"), move || {
                let _permit = pool.acquire(); // waits while `permits` others are connected
                let _span = timeline.span("connected");
                let _counted = connected.enter();
                timing::sleep(hold);
            }); // the count goes down, the span ends, then the permit goes back
        }
    });
    Connections {
        most_at_once: connected.peak(),
        took: clock.elapsed(),
    }
}
// ANCHOR_END: connections
