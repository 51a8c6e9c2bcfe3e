//! A typical wrong answer: threads and the GIL are right, but a Python exception is unwrapped
//! on the worker thread: a panic, which reaches Python as `PanicException`, not as the
//! exception `f` raised.

use pyo3::prelude::*;
use rustwork::threads::map_on_threads;

/// `map_threads(f, items)` in Python.
#[pyfunction]
pub fn map_threads(
    py: Python<'_>,
    f: Py<PyAny>,
    items: Vec<Py<PyAny>>,
) -> PyResult<Vec<Py<PyAny>>> {
    py.detach(|| {
        map_on_threads(&items, 2, |item| {
            let result = Python::attach(|py| f.call1(py, (item,)).unwrap());
            Ok::<_, PyErr>(result)
        })
    })
}
