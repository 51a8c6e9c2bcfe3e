//! Exercise 10-io-without-the-gil: an interpreter thread that lets go of the simulated GIL
//! while it waits for I/O. `cargo run -p practice -- check 10-io-without-the-gil` checks it.

use gil::Gil;

mod given;
pub use given::{APPEND, PyList, fetch_all};

/// One interpreter thread's task: waits for `download(name)` (blocking I/O), then appends
/// `"<name>: <page>"` to `results`, a Python object: only the thread holding `gil` may touch it.
pub fn fetch(gil: &Gil, name: &str, download: impl FnOnce(&str) -> String, results: &PyList) {
    // ANSWER: fetch
    let mut held = gil.acquire();
    let page = held.allow_threads(|| download(name)); // Py_BEGIN_ALLOW_THREADS ... END
    results.append(format!("{name}: {page}"));
    // ANSWER_END: fetch
}
