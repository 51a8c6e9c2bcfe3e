//! A typical wrong answer: two threads over the two halves, each attaching per call, but the
//! results are collected as they come, not in the items' order.

use std::sync::Mutex;
use std::thread;

use pyo3::prelude::*;

/// `map_threads(f, items)` in Python.
#[pyfunction]
pub fn map_threads(
    py: Python<'_>,
    f: Py<PyAny>,
    items: Vec<Py<PyAny>>,
) -> PyResult<Vec<Py<PyAny>>> {
    let results = Mutex::new(Vec::new());
    let half = items.len().div_ceil(2).max(1);
    py.detach(|| {
        thread::scope(|s| {
            for share in items.chunks(half) {
                let (f, results) = (&f, &results);
                s.spawn(move || {
                    for item in share {
                        let result = Python::attach(|py| f.call1(py, (item,)));
                        results.lock().unwrap().push(result);
                    }
                });
            }
        })
    });
    results.into_inner().unwrap().into_iter().collect()
}
