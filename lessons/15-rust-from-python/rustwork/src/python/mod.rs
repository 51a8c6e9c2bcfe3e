//! The PyO3 glue: each Python function is a few lines around the plain Rust of [`crate::work`],
//! [`crate::threads`] and [`crate::feed`]. Built only with the `python` feature (maturin turns
//! it on), as the Python module `rustwork`.

use pyo3::prelude::*;

use crate::feed::{Feed, sqrt_feed as start_feed};
use crate::threads::{map_on_threads, panic_on_a_worker as panic_on_worker};
use crate::work;

mod support;

// ANCHOR: holding
/// Computes with the GIL held from start to end: Python threads calling it run one at a time.
#[pyfunction]
fn sqrt_sum_holding_gil(n: u64) -> f64 {
    work::sqrt_sum(n)
}
// ANCHOR_END: holding

// ANCHOR: detached
/// Lets go of the GIL while the loop runs, and takes it back to return the float.
#[pyfunction]
fn sqrt_sum(py: Python<'_>, n: u64) -> f64 {
    py.detach(|| work::sqrt_sum(n))
}
// ANCHOR_END: detached

// ANCHOR: rayon
/// PyO3 copies the Python list into a `Vec<u64>` before the call; with the GIL released, rayon
/// spreads the units over every core.
#[pyfunction]
fn sqrt_sums(py: Python<'_>, units: Vec<u64>) -> Vec<f64> {
    py.detach(|| work::sqrt_sums(&units))
}
// ANCHOR_END: rayon

// ANCHOR: map_threads
/// Calls the Python function `f` on every item from Rust threads. Each call attaches to the
/// interpreter (takes the GIL) for as long as `f` runs; meanwhile this thread is detached, or
/// the workers would wait for a GIL it never lets go of.
#[pyfunction]
#[pyo3(signature = (f, items, threads = 2))]
fn map_threads(
    py: Python<'_>,
    f: Py<PyAny>,
    items: Vec<Py<PyAny>>,
    threads: usize,
) -> PyResult<Vec<Py<PyAny>>> {
    py.detach(|| {
        map_on_threads(&items, threads, |item| {
            Python::attach(|py| f.call1(py, (item,)))
        })
    })
}
// ANCHOR_END: map_threads

// ANCHOR: feed
/// A Python iterator over results that a Rust thread computes: `for x in sqrt_feed(units)`.
#[pyclass]
struct SqrtFeed {
    feed: Feed<f64>,
}

#[pymethods]
impl SqrtFeed {
    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    /// Waits for the next result with the GIL released; `None` ends the loop (StopIteration).
    fn __next__(&mut self, py: Python<'_>) -> Option<f64> {
        py.detach(|| self.feed.next())
    }
}

/// Starts computing each unit's sum on a Rust thread, at most `capacity` results ahead.
#[pyfunction]
#[pyo3(signature = (units, capacity = 1))]
fn sqrt_feed(units: Vec<u64>, capacity: usize) -> SqrtFeed {
    SqrtFeed {
        feed: start_feed(units, capacity),
    }
}
// ANCHOR_END: feed

// ANCHOR: panic
/// A worker thread's panic, raised again on this thread: PyO3 turns it into a Python exception,
/// `pyo3_runtime.PanicException`, instead of letting it abort the process.
#[pyfunction]
fn panic_on_a_worker(py: Python<'_>, message: String) {
    py.detach(|| panic_on_worker(message));
}
// ANCHOR_END: panic

// ANCHOR: module
/// The module Python imports: `import rustwork`.
#[pymodule]
mod rustwork {
    use pyo3::prelude::*;

    #[pymodule_export]
    use super::{
        SqrtFeed, map_threads, panic_on_a_worker, sqrt_feed, sqrt_sum, sqrt_sum_holding_gil,
        sqrt_sums,
    };

    #[pymodule_init]
    fn init(module: &Bound<'_, PyModule>) -> PyResult<()> {
        super::support::init(module) // what the narrator and the tests use besides
    }
}
// ANCHOR_END: module
