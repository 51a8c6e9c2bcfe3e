//! Exercise 10-lock-under-the-gil: the GIL does not make `counter += 1` atomic; a lock does,
//! if threads wait for it with the GIL released.
//! `cargo run -p practice -- check 10-lock-under-the-gil` checks it.

use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
use std::thread;
use std::time::{Duration, Instant};

use gil::{Gil, GilGuard};

/// The label of the span that each [`increment`] records (see `timing::record`).
pub const INCREMENT: &str = "counter += 1";

/// A Python `int` in a global variable, given: reading it and writing it back are separate
/// bytecodes. (Atomic only because Rust will not share a plain integer between threads; `get`
/// and `set` are one step each, as in CPython.)
#[derive(Debug, Default)]
pub struct PyInt(AtomicU64);

impl PyInt {
    /// `LOAD_GLOBAL counter`.
    pub fn get(&self) -> u64 {
        self.0.load(Ordering::Relaxed)
    }

    /// `STORE_GLOBAL counter`.
    pub fn set(&self, value: u64) {
        self.0.store(value, Ordering::Relaxed);
    }
}

/// `counter += 1` as CPython runs it, given (keep it as it is): load, add (a step of work),
/// store, recorded as an [`INCREMENT`] span. Between the add and the store, the simulated eval
/// loop hands the Gil to a waiting thread once its turn is up. CPython promises no better: the
/// GIL keeps no statement whole (since 3.10 a plain `+=` on an int is seldom split, but one
/// that runs Python code, such as an `__iadd__`, can be; free-threaded CPython has no GIL).
pub fn increment(held: &mut GilGuard<'_>, counter: &PyInt) {
    timing::span(INCREMENT, || {
        let value = counter.get();
        timing::sqrt_loop(gil::STEP / 10);
        held.switch_if_due();
        counter.set(value + 1);
    });
}

/// One interpreter thread: `times` × `with lock: counter += 1`, under `gil`.
// ANSWER: worker
pub fn worker(gil: &Gil, counter: &PyInt, lock: &Mutex<()>, times: u64) {
    let mut held = gil.acquire();
    for _ in 0..times {
        // `with lock:`, waiting with the Gil released, as CPython's `lock.acquire()` does.
        let _locked = held.allow_threads(|| lock.lock().unwrap());
        increment(&mut held, counter);
    }
}
// ANSWER_END: worker

/// Given: runs [`worker`] on `threads` threads (`Thread-1`, `Thread-2`, ...) that share one
/// counter and one lock under `gil`, and returns the counter. It holds the Gil until every
/// thread has asked for it (a second at most), as a running interpreter would, so that the
/// threads take turns from their first step.
pub fn count_on_threads(gil: &Gil, threads: usize, times: u64) -> u64 {
    let counter = PyInt::default();
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
