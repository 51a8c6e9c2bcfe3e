//! Exercise 15-callback-reattach: Rust threads that call back into Python.
//! `cargo run -p practice -- check 15-callback-reattach` checks it.

use pyo3::prelude::*;

/// `map_threads(f, items)` in Python: `[f(x) for x in items]`, with `f` called from two Rust
/// threads at once. The results keep the items' order; an exception raised by `f` is raised by
/// `map_threads`.
///
/// `rustwork::threads::map_on_threads` (lesson 15) runs a closure on every item from named
/// threads, in order, stopping at the first `Err`.
#[pyfunction]
pub fn map_threads(
    py: Python<'_>,
    f: Py<PyAny>,
    items: Vec<Py<PyAny>>,
) -> PyResult<Vec<Py<PyAny>>> {
    // ANSWER: map_threads
    // Detached while the workers run: each of them attaches for one call at a time.
    py.detach(|| {
        rustwork::threads::map_on_threads(&items, 2, |item| {
            Python::attach(|py| f.call1(py, (item,)))
        })
    })
    // ANSWER_END: map_threads
}
