//! Graders for exercise 15-callback-reattach. Your `map_threads` runs inside a Python
//! interpreter that the test starts itself, called from Python with functions `f` that show
//! which threads call them and when (`tests/support/driver.py`).
//!
//! ONE test, the checks in turn: the tests of a file run side by side, and a deadlocked answer
//! keeps the GIL from every other test of the file.

mod support;

use pyo3::prelude::*;
use pyo3::types::PyCFunction;

const STUCK: &str = "map_threads never returned. Your threads wait for the GIL to call f, and \
                     the calling thread holds it while it waits for them: let go of it while \
                     you wait, `py.detach(|| ...)`";

/// Calls `check(driver, map_threads)` in the embedded Python, bounded by [`support::LIMIT`].
fn run<T: Send + 'static>(
    check: &'static str,
    extract: impl FnOnce(Bound<'_, PyAny>) -> PyResult<T> + Send + 'static,
) -> T {
    let result = support::within(STUCK, move || {
        Python::attach(|py| -> PyResult<T> {
            let map_threads: Bound<'_, PyCFunction> =
                wrap_pyfunction!(ex15_callback_reattach::map_threads, py)?;
            let driver = support::driver(py)?;
            extract(driver.getattr(check)?.call1((map_threads,))?)
        })
    });
    result.unwrap_or_else(|error| panic!("{check}: map_threads raised {error}"))
}

#[test]
fn f_is_called_from_two_threads_at_once_in_order_and_its_exception_comes_back() {
    let (seen, caller): (Vec<Option<u64>>, u64) = run("two_at_once", |r| r.extract());
    assert!(
        seen[..2].iter().all(Option::is_some),
        "the first two calls of f waited for each other and never met: f was called from one \
         thread at a time. Call it from two Rust threads, each attached for its calls"
    );
    let threads: std::collections::BTreeSet<u64> = seen.iter().flatten().copied().collect();
    assert!(
        threads.len() >= 2 && !threads.contains(&caller),
        "f ran on {} thread(s), the caller's among them: {}",
        threads.len(),
        threads.contains(&caller)
    );

    let results: Vec<u64> = run("out_of_order", |r| r.extract());
    assert_eq!(
        results,
        (0..8).map(|x| x * 10).collect::<Vec<_>>(),
        "f(0) returned after other calls had, and the results must still follow the items"
    );

    let (raised, message): (String, String) = run("raises", |r| r.extract());
    assert_eq!(
        (raised.as_str(), message.as_str()),
        ("ValueError", "item 3 is bad"),
        "f raised ValueError('item 3 is bad'): map_threads must raise it, unchanged (a PyErr \
         returned with `?`, never unwrapped)"
    );
}
