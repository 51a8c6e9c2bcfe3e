//! The seeds' workloads run by "interpreter threads", with and without the [`Gil`].

use std::sync::Barrier;
use std::thread;
use std::time::Duration;

use parking_lot::Mutex;

use crate::Gil;

/// Iterations of the sqrt loop in one "step" of the interpreter: the Gil can change hands only
/// between steps.
pub const STEP: u64 = 10_000;

/// The label of the span a thread records for its whole run when there is no Gil.
pub const NO_GIL: &str = "runs (no GIL)";

/// The label of the span recorded for each simulated blocking I/O call.
pub const IO: &str = "sleep";

// ANCHOR: interpret
/// One thread's share of seed 001's `calc()`: `iterations` of the sqrt loop, in steps of
/// [`STEP`]. Under a Gil the thread holds it for every step and offers it to others between
/// steps; without one it just runs.
fn interpret(iterations: u64, gil: Option<&Gil>) -> f64 {
    let steps = (0..iterations.div_ceil(STEP)).map(|i| STEP.min(iterations - i * STEP));
    let mut sum = 0.0;
    match gil {
        Some(gil) => {
            // ANCHOR: held
            let mut held = gil.acquire();
            for step in steps {
                sum += timing::sqrt_loop(step);
                held.switch_if_due(); // hands over after a switch interval, if someone waits
            }
            // ANCHOR_END: held
        }
        None => {
            let _running = timing::span_guard(NO_GIL);
            for step in steps {
                sum += timing::sqrt_loop(step);
            }
        }
    }
    sum
}
// ANCHOR_END: interpret

// ANCHOR: cpu_bound
/// Seed 001's experiment: `threads` threads named `Thread-1`, `Thread-2`, ... each run
/// `iterations_per_thread` of the sqrt loop, all starting together, under `gil` when given.
/// Returns each thread's sum, in thread order.
pub fn run_cpu_bound(threads: usize, iterations_per_thread: u64, gil: Option<&Gil>) -> Vec<f64> {
    let start = Barrier::new(threads);
    thread::scope(|s| {
        let handles: Vec<_> = (1..=threads)
            .map(|i| {
                let start = &start;
                thread::Builder::new()
                    .name(format!("Thread-{i}"))
                    .spawn_scoped(s, move || {
                        start.wait();
                        interpret(iterations_per_thread, gil)
                    })
                    .expect("the OS could not start a thread")
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("no panic"))
            .collect()
    })
}
// ANCHOR_END: cpu_bound

// ANCHOR: io_bound
/// Seed 000's `some_task(seconds)` on `threads` threads: a step of Python code, `time.sleep`
/// (an [`IO`] span), another step. Under `gil` the sleep runs with the Gil released, as
/// CPython's `time.sleep` does.
pub fn run_io_bound(threads: usize, seconds: Duration, gil: Option<&Gil>) {
    let some_task = || {
        let sleep = || timing::span(IO, || timing::sleep(seconds));
        match gil {
            Some(gil) => {
                let mut held = gil.acquire();
                timing::sqrt_loop(STEP); // print(f'Sleeping for {seconds} seconds.')
                // ANCHOR: allow
                held.allow_threads(sleep); // Py_BEGIN_ALLOW_THREADS ... Py_END_ALLOW_THREADS
                // ANCHOR_END: allow
                timing::sqrt_loop(STEP); // print('Done.')
            }
            None => sleep(),
        }
    };
    thread::scope(|s| {
        for i in 1..=threads {
            thread::Builder::new()
                .name(format!("Thread-{i}"))
                .spawn_scoped(s, some_task)
                .expect("the OS could not start a thread");
        }
    });
}
// ANCHOR_END: io_bound

// ANCHOR: deadlock
/// Two interpreter threads under `gil` take two locks in opposite orders. A blocking acquire
/// releases the GIL while it waits (or the other thread could never release its lock), so
/// both wait for each other, each giving up after `patience` (`lock.acquire(timeout=...)`).
/// Returns `true` when both gave up: a deadlock, GIL or not.
///
/// ```
/// let gil = gil::Gil::default();
/// assert!(gil::deadlock_despite_the_gil(&gil, std::time::Duration::from_millis(50)));
/// ```
pub fn deadlock_despite_the_gil(gil: &Gil, patience: Duration) -> bool {
    let (a, b) = (Mutex::new(()), Mutex::new(()));
    let both_hold_one = Barrier::new(2);
    let take_both = |first: &Mutex<()>, second: &Mutex<()>| {
        let mut held = gil.acquire();
        let _first = held.allow_threads(|| first.lock()); // with first:
        held.allow_threads(|| both_hold_one.wait());
        let second = held.allow_threads(|| second.try_lock_for(patience));
        held.allow_threads(|| both_hold_one.wait()); // both tried before either lets go
        second.is_some()
    };
    thread::scope(|s| {
        let one = s.spawn(|| take_both(&a, &b));
        let two = s.spawn(|| take_both(&b, &a));
        [one.join(), two.join()].map(|r| r.expect("no panic")) == [false, false]
    })
}
// ANCHOR_END: deadlock
