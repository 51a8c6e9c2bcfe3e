//! Given: leave this file as it is. A Python `int`, `counter += 1` as CPython runs it, and the
//! threads.

use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering::Relaxed};
use std::thread;
use std::time::{Duration, Instant};

use gil::{Gil, GilGuard};

use crate::worker;

/// The label of the span that each [`increment`] records (see `timing::record`).
pub const INCREMENT: &str = "counter += 1";

/// A Python `int` in a global variable: reading it and writing it back are separate
/// bytecodes. (Atomic only because Rust will not share a plain integer between threads; `get`
/// and `set` are one step each, as in CPython.) It knows the Gil it lives under, for the tests.
#[derive(Debug)]
pub struct PyInt<'g> {
    value: AtomicU64,
    gil: &'g Gil,
    nobody_came: AtomicBool,
}

impl PyInt<'_> {
    /// `LOAD_GLOBAL counter`.
    pub fn get(&self) -> u64 {
        self.value.load(Relaxed)
    }

    /// `STORE_GLOBAL counter`.
    pub fn set(&self, value: u64) {
        self.value.store(value, Relaxed);
    }

    /// The unlucky moment, made certain: if another thread can be waiting for the Gil now, waits
    /// until one is, so that the switch that follows hands the Gil over. Where none can (it waits
    /// for the lock, with the Gil released), the first call waits [`PATIENCE`] and every later
    /// call passes straight through.
    fn until_a_thread_waits_for_the_gil(&self) {
        let deadline = Instant::now() + PATIENCE;
        while self.gil.waiting() == 0 && !self.nobody_came.load(Relaxed) {
            if Instant::now() >= deadline {
                self.nobody_came.store(true, Relaxed);
            }
            thread::sleep(Duration::from_micros(50));
        }
    }
}

/// How long [`increment`] waits, once, for another thread to ask for the Gil.
pub const PATIENCE: Duration = Duration::from_millis(400);

/// `counter += 1` as CPython runs it: load, add (a step of work), store, recorded as an
/// [`INCREMENT`] span. Between the add and the store, the simulated eval loop hands the Gil to a
/// waiting thread once its turn is up (and the tests make sure one waits, if one can). CPython
/// promises no better: the GIL keeps no statement whole (since 3.10 a plain `+=` on an int is
/// seldom split, but one that runs Python code, such as an `__iadd__`, can be; free-threaded
/// CPython has no GIL).
pub fn increment(held: &mut GilGuard<'_>, counter: &PyInt<'_>) {
    timing::span(INCREMENT, || {
        let value = counter.get();
        timing::sqrt_loop(gil::STEP / 10);
        counter.until_a_thread_waits_for_the_gil();
        held.switch_if_due();
        counter.set(value + 1);
    });
}

/// Runs [`worker`] on `threads` threads (`Thread-1`, `Thread-2`, ...) that share one
/// counter and one lock under `gil`, and returns the counter. It holds the Gil until every
/// thread has asked for it (a second at most), as a running interpreter would, so that the
/// threads take turns from their first step.
pub fn count_on_threads(gil: &Gil, threads: usize, times: u64) -> u64 {
    let counter = PyInt {
        value: AtomicU64::new(0),
        gil,
        nobody_came: AtomicBool::new(false),
    };
    let lock = Mutex::new(());
    let main = gil.acquire();
    thread::scope(|s| {
        for i in 1..=threads {
            let (counter, lock) = (&counter, &lock);
            thread::Builder::new()
                .name(format!("Thread-{i}"))
                .spawn_scoped(s, move || worker(gil, counter, lock, times))
                .expect("the OS could not start a thread");
        }
        let deadline = Instant::now() + Duration::from_secs(1);
        while gil.waiting() < threads && Instant::now() < deadline {
            thread::sleep(Duration::from_micros(100));
        }
        drop(main);
    });
    counter.get()
}
