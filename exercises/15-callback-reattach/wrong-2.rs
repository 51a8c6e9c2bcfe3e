//! A typical wrong answer: no threads at all. The calling thread already holds the GIL, so it
//! calls `f` itself, one item after another.

use pyo3::prelude::*;

/// `map_threads(f, items)` in Python.
#[pyfunction]
pub fn map_threads(
    py: Python<'_>,
    f: Py<PyAny>,
    items: Vec<Py<PyAny>>,
) -> PyResult<Vec<Py<PyAny>>> {
    items.iter().map(|item| f.call1(py, (item,))).collect()
}
