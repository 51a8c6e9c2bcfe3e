//! A typical wrong answer: the workers attach for each call, but the calling thread keeps the
//! GIL while it waits for them. They wait for the GIL, it waits for them: a deadlock.

use pyo3::prelude::*;
use rustwork::threads::map_on_threads;

/// `map_threads(f, items)` in Python.
#[pyfunction]
pub fn map_threads(
    py: Python<'_>,
    f: Py<PyAny>,
    items: Vec<Py<PyAny>>,
) -> PyResult<Vec<Py<PyAny>>> {
    let _ = py;
    map_on_threads(&items, 2, |item| Python::attach(|py| f.call1(py, (item,))))
}
