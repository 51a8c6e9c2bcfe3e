//! Exercise 10-lock-under-the-gil: the GIL does not make `counter += 1` atomic; a lock does,
//! if threads wait for it with the GIL released.
//! `cargo run -p practice -- check 10-lock-under-the-gil` checks it.

use std::sync::Mutex;

use gil::Gil;

mod given;
pub use given::{INCREMENT, PyInt, count_on_threads, increment};

/// One interpreter thread: `times` × `with lock: counter += 1`, under `gil`.
pub fn worker(gil: &Gil, counter: &PyInt<'_>, lock: &Mutex<()>, times: u64) {
    // ANSWER: worker
    let mut held = gil.acquire();
    for _ in 0..times {
        // `with lock:`, waiting with the Gil released, as CPython's `lock.acquire()` does.
        let _locked = held.allow_threads(|| lock.lock().unwrap());
        increment(&mut held, counter);
    }
    // ANSWER_END: worker
}
