//! [`Event`] and [`Semaphore`] at work: waking many waiters at once, stopping a worker, and
//! limiting how many threads use a resource.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;
use std::time::Duration;

use crate::support::spawn_named;
use crate::{Event, Semaphore};

// ANCHOR: release
/// `waiters` threads block in [`Event::wait`] until the main thread, `after` later, calls
/// [`Event::set`] once. Returns how many woke.
pub fn release_waiters(waiters: usize, after: Duration) -> usize {
    let go = Event::new();
    let woken = AtomicUsize::new(0);
    thread::scope(|s| {
        for i in 0..waiters {
            spawn_named(s, format!("waiter-{i}"), || {
                timing::span("wait()", || go.wait());
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
/// Seed 004's "signal the end of a process": a worker does a round of work every `tick` until
/// the main thread sets `stop`, `run_for` later. Returns how many rounds it did.
pub fn stop_a_worker(run_for: Duration, tick: Duration) -> u32 {
    let stop = Event::new();
    thread::scope(|s| {
        let worker = spawn_named(s, "worker", || {
            let mut rounds = 0;
            // ANCHOR: stop_loop
            while !stop.wait_timeout(timing::scaled(tick)) {
                rounds += 1; // a round of work
            }
            // ANCHOR_END: stop_loop
            rounds
        });
        timing::sleep(run_for);
        stop.set(); // cuts the worker's `wait_timeout` short
        worker.join().unwrap()
    })
}
// ANCHOR_END: stop

// ANCHOR: connections
/// `workers` threads each want a "connection" for `hold`, but a [`Semaphore`] lets only
/// `permits` of them in at a time: the others wait for a permit to come back.
pub fn limit_connections(workers: usize, permits: usize, hold: Duration) {
    let pool = Semaphore::new(permits);
    thread::scope(|s| {
        for i in 0..workers {
            spawn_named(s, format!("worker-{i}"), || {
                let _permit = pool.acquire(); // waits while `permits` others are connected
                timing::span("connected", || timing::sleep(hold));
            }); // `_permit` is dropped here: the permit goes back
        }
    });
}
// ANCHOR_END: connections
