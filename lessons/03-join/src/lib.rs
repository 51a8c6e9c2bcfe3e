//! Lesson 03: waiting for threads with `join`.
//!
//! The seeds (002, 003, 000) start sleepers and time them. Timed without `join`, the clock stops
//! while the threads still sleep; timed with `join`, five 3-second sleepers take about 3 seconds,
//! not 15. Each function below measures one side of that and returns what it measured, plus what
//! `join` gives back (a value, or a panic), the order results arrive in, a `join` with a
//! timeout, and scopes that join for you. `src/main.rs` runs them in order.

use std::any::Any;
use std::panic;
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

use timing::{Timeline, human};

/// The message inside a panic's payload. Every lesson needs it, so it lives in `timing`.
pub use timing::panic_message;

// ANCHOR: trap
/// Seed 003's `foo(t)`: says it is going to sleep, sleeps `t` (scaled), says it is done.
pub fn foo(t: Duration) {
    println!("About to sleep for {}....", human(t));
    timing::sleep(t);
    println!("Done sleeping for {}...", human(t));
}

/// What the seed's timer says without `join`, and with it.
#[derive(Debug, Clone, Copy)]
pub struct Trap {
    /// The timer read right after starting the threads: what the seed prints.
    pub unjoined: Duration,
    /// How many threads were still sleeping when that timer was read.
    pub still_running: usize,
    /// The timer read after joining every thread: the real time.
    pub joined: Duration,
}

/// Starts one `foo` per entry of `sleeps`, reads the timer (the seed stops here), then joins
/// them all and reads it again.
pub fn time_without_then_with_join(sleeps: &[Duration]) -> Trap {
    let start = Instant::now();
    let handles: Vec<JoinHandle<()>> = sleeps
        .iter()
        .map(|&t| thread::spawn(move || foo(t)))
        .collect();
    let unjoined = start.elapsed(); // only the time it took to *start* them
    let still_running = handles.iter().filter(|h| !h.is_finished()).count();
    println!(
        "Complete in: {} (the timer, read without join)",
        human(unjoined)
    );
    for handle in handles {
        handle.join().expect("foo does not panic");
    }
    let joined = start.elapsed();
    Trap {
        unjoined,
        still_running,
        joined,
    }
}
// ANCHOR_END: trap

// ANCHOR: sleepers
/// Sleeps each of `sleeps` in turn on this thread: seed 000's single-threaded example.
/// Each sleep is a span on `timeline`. Returns the total time.
pub fn sleep_one_by_one(sleeps: &[Duration], timeline: &Timeline) -> Duration {
    let start = Instant::now();
    for (i, &d) in sleeps.iter().enumerate() {
        timeline.record(format!("one by one {i}"), || timing::sleep(d));
    }
    start.elapsed()
}

/// Seed 002's loop: start one thread per sleep, keep the handles, then join each one.
/// Returns the time until the last `join` returned.
pub fn sleep_on_threads(sleeps: &[Duration], timeline: &Arc<Timeline>) -> Duration {
    let start = Instant::now();
    let mut handles = Vec::new();
    for (i, &d) in sleeps.iter().enumerate() {
        let timeline = Arc::clone(timeline);
        let handle = thread::Builder::new()
            .name(format!("thread_{i}"))
            .spawn(move || timeline.record(format!("thread_{i}"), || timing::sleep(d)))
            .expect("the OS could not start a thread");
        handles.push(handle);
    }
    for handle in handles {
        handle.join().expect("sleeping does not panic");
    }
    start.elapsed()
}
// ANCHOR_END: sleepers

// ANCHOR: outcome
/// Runs `job` on a new thread and joins it: `Ok` with what it returned, or `Err` with its panic
/// message. (Python's `join()` returns `None` either way; an exception in the thread is only
/// printed.)
///
/// ```
/// assert_eq!(join::join_outcome(|| 6 * 7), Ok(42));
/// ```
pub fn join_outcome<T: Send + 'static>(
    job: impl FnOnce() -> T + Send + 'static,
) -> Result<T, String> {
    let handle = thread::spawn(job);
    handle.join().map_err(|payload| panic_message(&*payload))
}
// ANCHOR_END: outcome

/// When a sleeper's result reached the main thread.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Arrival {
    /// Which sleeper: its position in start order.
    pub index: usize,
    /// How long after the sleepers were started.
    pub at: Duration,
}

// ANCHOR: start_order
/// `for t in threads: t.join()`: results arrive in start order, each when its `join` returns.
/// With the longest sleeper first, nothing arrives until it is done, then everything at once.
pub fn join_in_start_order(sleeps: &[Duration]) -> Vec<Arrival> {
    let start = Instant::now();
    let handles: Vec<JoinHandle<usize>> = sleeps
        .iter()
        .enumerate()
        .map(|(i, &d)| {
            thread::spawn(move || {
                timing::sleep(d);
                i
            })
        })
        .collect();
    handles
        .into_iter()
        .map(|handle| Arrival {
            index: handle.join().expect("sleeping does not panic"),
            at: start.elapsed(),
        })
        .collect()
}
// ANCHOR_END: start_order

// ANCHOR: as_completed
/// Seed 000's `concurrent.futures.as_completed`: each thread sends its result down a channel
/// when it is done, and the main thread receives them in the order they finish.
pub fn receive_as_completed(sleeps: &[Duration]) -> Vec<Arrival> {
    let start = Instant::now();
    let (results, finished) = mpsc::channel();
    let handles: Vec<JoinHandle<()>> = sleeps
        .iter()
        .enumerate()
        .map(|(i, &d)| {
            let results = results.clone();
            thread::spawn(move || {
                timing::sleep(d);
                let _ = results.send(i);
            })
        })
        .collect();
    drop(results); // the loop below ends when every thread's sender is gone
    let arrivals = finished
        .iter()
        .map(|index| Arrival {
            index,
            at: start.elapsed(),
        })
        .collect();
    for handle in handles {
        handle.join().expect("sleeping does not panic"); // already done: leaves nothing behind
    }
    arrivals
}
// ANCHOR_END: as_completed

// ANCHOR: timeout
/// Python's `thread.join(timeout)` followed by `thread.is_alive()`: waits at most `timeout`
/// for the thread to finish and says whether it did. The thread is not stopped either way;
/// call `handle.join()` afterwards to collect its result.
///
/// ```
/// use std::time::Duration;
///
/// let handle = std::thread::spawn(|| std::thread::sleep(Duration::from_millis(50)));
/// assert!(!join::join_timeout(&handle, Duration::from_millis(1)));
/// assert!(join::join_timeout(&handle, Duration::from_secs(5)));
/// handle.join().unwrap();
/// ```
pub fn join_timeout<T>(handle: &JoinHandle<T>, timeout: Duration) -> bool {
    let deadline = Instant::now() + timeout;
    while !handle.is_finished() {
        let now = Instant::now();
        if now >= deadline {
            return false;
        }
        thread::sleep((deadline - now).min(Duration::from_millis(1)));
    }
    true
}
// ANCHOR_END: timeout

// ANCHOR: scopes
/// `std::thread::scope`: every thread started in the scope is joined before `scope` returns,
/// including the ones you never join yourself. Returns the sleepers in the order they finished.
pub fn std_scope(sleeps: &[Duration]) -> Vec<usize> {
    let finished = Mutex::new(Vec::new());
    thread::scope(|s| {
        for (i, &d) in sleeps.iter().enumerate() {
            let finished = &finished;
            s.spawn(move || {
                timing::sleep(d);
                finished.lock().unwrap().push(i);
            });
        }
    }); // every sleeper is done here
    finished.into_inner().unwrap()
}

/// The same with `crossbeam::scope`, the crate that had scoped threads before std did. Its
/// threads get the scope as an argument (`|_|`), and `scope` returns a `Result`.
pub fn crossbeam_scope(sleeps: &[Duration]) -> Vec<usize> {
    let finished = Mutex::new(Vec::new());
    crossbeam::scope(|s| {
        for (i, &d) in sleeps.iter().enumerate() {
            let finished = &finished;
            s.spawn(move |_| {
                timing::sleep(d);
                finished.lock().unwrap().push(i);
            });
        }
    })
    .expect("no sleeper panicked");
    finished.into_inner().unwrap()
}
// ANCHOR_END: scopes

// ANCHOR: scope_panics
/// A thread panics inside `std::thread::scope` and nobody joins it: once every thread is done,
/// `scope` itself panics. Returns that second panic's message (caught here to show it).
pub fn std_scope_after_a_panic() -> String {
    let caught = panic::catch_unwind(|| {
        thread::scope(|s| {
            s.spawn(|| panic!("sleeper 3 fell out of bed"));
        })
    });
    panic_message(&*caught.expect_err("scope re-panics"))
}

/// The same in `crossbeam::scope`: no second panic; `scope` returns `Err` holding every
/// thread's panic. Returns their messages.
pub fn crossbeam_scope_after_a_panic() -> Vec<String> {
    let result = crossbeam::scope(|s| {
        s.spawn(|_| panic!("sleeper 3 fell out of bed"));
    });
    let payload = result.expect_err("a thread panicked");
    match payload.downcast::<Vec<Box<dyn Any + Send>>>() {
        Ok(panics) => panics.iter().map(|p| panic_message(&**p)).collect(),
        Err(other) => vec![panic_message(&*other)],
    }
}
// ANCHOR_END: scope_panics
