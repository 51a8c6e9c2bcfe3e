//! The Python half of the graders, `driver.py`, loaded as a module into the interpreter the
//! tests embed (PyO3's `auto-initialize`).

use std::ffi::CString;

use pyo3::prelude::*;
use pyo3::types::PyModule;

/// `tests/support/driver.py`, imported as the module `driver`.
pub fn driver(py: Python<'_>) -> PyResult<Bound<'_, PyModule>> {
    let code = CString::new(include_str!("driver.py")).expect("no NUL in driver.py");
    PyModule::from_code(py, &code, c"driver.py", c"driver")
}
