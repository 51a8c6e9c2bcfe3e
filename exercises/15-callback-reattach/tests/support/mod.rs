//! What the graders share: the Python half of the checks (`driver.py`, loaded as a module into
//! the interpreter the tests embed), and a time limit, so that an answer that deadlocks fails
//! instead of hanging.

#![allow(dead_code)] // each test file uses some of it

use std::ffi::CString;
use std::panic::resume_unwind;
use std::sync::mpsc;
use std::thread;
use std::time::Duration;

use pyo3::prelude::*;
use pyo3::types::PyModule;

/// How long the tests wait for your code before they call it stuck.
pub const LIMIT: Duration = Duration::from_secs(15);

/// `tests/support/driver.py`, imported as the module `driver`.
pub fn driver(py: Python<'_>) -> PyResult<Bound<'_, PyModule>> {
    let code = CString::new(include_str!("driver.py")).expect("no NUL in driver.py");
    PyModule::from_code(py, &code, c"driver.py", c"driver")
}

/// Runs `f` on a thread of its own; fails the test with `stuck` if it has not returned within
/// [`LIMIT`]. (That thread is left behind, stuck: the test binary ends without it.)
pub fn within<T: Send + 'static>(stuck: &str, f: impl FnOnce() -> T + Send + 'static) -> T {
    let (done, result) = mpsc::channel();
    let worker = thread::spawn(move || {
        let _ = done.send(f());
    });
    match result.recv_timeout(LIMIT) {
        Ok(value) => value,
        Err(mpsc::RecvTimeoutError::Timeout) => panic!("stuck for {LIMIT:?}: {stuck}"),
        Err(mpsc::RecvTimeoutError::Disconnected) => match worker.join() {
            Err(panic) => resume_unwind(panic),
            Ok(()) => unreachable!("the worker sends before it ends"),
        },
    }
}
