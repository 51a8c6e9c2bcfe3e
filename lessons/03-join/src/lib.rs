//! Lesson 03: waiting for threads with `join`.
//!
//! The seeds (002, 003, 000) start sleepers and time them. Timed without `join`, the clock stops
//! while the threads still sleep; timed with `join`, five 3-second sleepers take about 3 seconds,
//! not 15. Then what `join` gives back (a value, or a panic), the order results arrive in, a
//! `join` with a timeout, and scopes that join for you. `src/main.rs` runs them in order;
//! [`support`] holds the choreography the chapter does not show.

pub mod support;

use std::any::Any;
use std::panic;
use std::sync::{Mutex, mpsc};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

use timing::format_duration;

/// The message inside a panic's payload. Every lesson needs it, so it lives in `timing`.
pub use timing::panic_message;

// ANCHOR: trap
/// Seed 003's `foo(t)`.
pub fn foo(t: Duration) {
    println!("About to sleep for {}....", format_duration(t));
    timing::sleep(t);
    println!("Done sleeping for {}...", format_duration(t));
}

// ANCHOR: timer
/// Seed 003's timer: read after starting one `foo` per sleep, as the seed does, and again after
/// joining them. Returns both readings.
pub fn timer_without_and_with_join(sleeps: &[Duration]) -> (Duration, Duration) {
    let start = Instant::now();
    let handles: Vec<JoinHandle<()>> = sleeps
        .iter()
        .map(|&t| thread::spawn(move || foo(t)))
        .collect();
    let without = start.elapsed(); // only the time it took to *start* them
    println!("Complete in: {} (no join yet)", format_duration(without));
    for handle in handles {
        handle.join().expect("foo does not panic");
    }
    (without, start.elapsed())
}
// ANCHOR_END: timer
// ANCHOR_END: trap

// ANCHOR: sleepers
/// Seed 000's single-threaded loop: each sleep in turn, on this thread.
pub fn sleep_one_by_one(sleeps: &[Duration]) {
    for (i, &d) in sleeps.iter().enumerate() {
        timing::span(format!("one by one {i}"), || timing::sleep(d));
    }
}

// ANCHOR: on_threads
/// Seed 002's loop: start one named thread per sleep, keep the handles, then join each one.
pub fn sleep_on_threads(sleeps: &[Duration]) {
    let mut handles = Vec::new();
    for (i, &d) in sleeps.iter().enumerate() {
        let name = format!("thread_{i}");
        let handle = thread::Builder::new()
            .name(name.clone())
            .spawn(move || timing::span(name, || timing::sleep(d)))
            .expect("the OS could not start a thread");
        handles.push(handle);
    }
    for handle in handles {
        handle.join().expect("sleeping does not panic");
    }
}
// ANCHOR_END: on_threads
// ANCHOR_END: sleepers

// ANCHOR: outcome
/// Runs `job` on a new thread and joins it: `Ok` with what it returned, or `Err` with its panic
/// message.
pub fn join_outcome<T: Send + 'static>(
    job: impl FnOnce() -> T + Send + 'static,
) -> Result<T, String> {
    let handle = thread::spawn(job);
    handle.join().map_err(|payload| panic_message(&*payload))
}
// ANCHOR_END: outcome

// ANCHOR: start_order
/// `for t in threads: t.join()`: one thread per sleep, each returning its index; the iterator
/// joins them in start order, each when you ask for the next result.
pub fn in_start_order(sleeps: &[Duration]) -> impl Iterator<Item = usize> {
    let handles: Vec<JoinHandle<usize>> = sleeps
        .iter()
        .enumerate()
        .map(|(i, &d)| thread::spawn(move || sleep_then(d, i)))
        .collect();
    handles
        .into_iter()
        .map(|handle| handle.join().expect("sleeping does not panic"))
}
// ANCHOR_END: start_order

// ANCHOR: as_completed
/// `concurrent.futures.as_completed`: each thread sends its index down a channel when it is
/// done, and the receiver yields them in the order they were sent.
pub fn as_completed(sleeps: &[Duration]) -> impl Iterator<Item = usize> {
    let (sender, receiver) = mpsc::channel();
    for (i, &d) in sleeps.iter().enumerate() {
        let sender = sender.clone();
        thread::spawn(move || sender.send(sleep_then(d, i)));
    }
    receiver.into_iter() // ends when the last thread has sent and dropped its sender
}
// ANCHOR_END: as_completed

/// Sleeps `d` (scaled by `LESSON_TIME_SCALE`), then returns `i`.
fn sleep_then(d: Duration, i: usize) -> usize {
    timing::sleep(d);
    i
}

// ANCHOR: timeout
/// Python's `thread.join(timeout)` followed by `thread.is_alive()`: waits at most `timeout`
/// for the thread to finish and says whether it did. The thread is not stopped either way.
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

// ANCHOR: std_scope
/// `std::thread::scope` joins every thread started in it before it returns, even those you
/// never join yourself. Returns the sleepers in the order they finished.
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
// ANCHOR_END: std_scope

// ANCHOR: crossbeam_scope
/// The same with `crossbeam::scope`: its threads get the scope as an argument (`|_|`), and
/// `scope` returns a `Result`.
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
// ANCHOR_END: crossbeam_scope

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
