//! Graders for exercise 15-callback-reattach. Your `map_threads` runs inside a Python
//! interpreter that the test starts itself, called from Python with functions `f` that show
//! which threads call them and when (`tests/support/driver.py`), under `grader::within`.

mod support;

use std::collections::BTreeSet;
use std::time::Duration;

use pyo3::prelude::*;

/// How long a check waits for `map_threads`: a correct answer takes a fraction of a second.
const LIMIT: Duration = Duration::from_secs(6);
const STUCK: &str = "map_threads never returned. Your threads wait for the GIL to call f, and \
                     the calling thread holds it while it waits for them: let go of it while \
                     you wait, `py.detach(|| ...)`";

/// Runs `driver.check(map_threads)` in the embedded Python, and `extract`s what it returned.
fn run<T: Send + 'static>(
    check: &'static str,
    extract: impl FnOnce(Bound<'_, PyAny>) -> PyResult<T> + Send + 'static,
) -> T {
    let result = grader::within(LIMIT, STUCK, move || {
        Python::attach(|py| -> PyResult<T> {
            let map_threads = wrap_pyfunction!(ex15_callback_reattach::map_threads, py)?;
            let driver = support::driver(py)?;
            extract(driver.getattr(check)?.call1((map_threads,))?)
        })
    });
    result.unwrap_or_else(|error| panic!("{check}: map_threads raised {error}"))
}

#[test]
fn f_is_called_from_two_rust_threads_at_once() {
    let (seen, caller): (Vec<Option<u64>>, u64) = run("two_at_once", |r| r.extract());
    assert!(
        seen[..2].iter().all(Option::is_some),
        "the first two calls of f waited for each other and never met: f was called from one \
         thread at a time. Call it from two Rust threads, each attached for its calls"
    );
    let threads: BTreeSet<u64> = seen.iter().flatten().copied().collect();
    assert!(
        threads.len() == 2 && !threads.contains(&caller),
        "f ran on {} thread(s), the caller's among them: {}; it should run on two Rust threads",
        threads.len(),
        threads.contains(&caller)
    );
}

#[test]
fn the_results_follow_the_items_whatever_order_the_calls_end_in() {
    let results: Vec<u64> = run("out_of_order", |r| r.extract());
    assert_eq!(
        results,
        (0..8).map(|x| x * 10).collect::<Vec<_>>(),
        "f(0) returned after another call had, and the results must still follow the items"
    );
}

#[test]
fn an_exception_raised_by_f_comes_back_unchanged() {
    let (raised, message): (String, String) = run("raises", |r| r.extract());
    assert_eq!(
        (raised.as_str(), message.as_str()),
        ("ValueError", "item 3 is bad"),
        "f raised ValueError('item 3 is bad'): map_threads must raise it, unchanged (a PyErr \
         returned with `?`, never unwrapped)"
    );
}
