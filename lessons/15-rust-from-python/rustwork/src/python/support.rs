//! What the narrator and the pytest tests need from the module, which the chapter does not show:
//! sizing work by time, recording timelines, one-line panic messages, and the speed-up rule of
//! `lesson_test::assert_cpu_speedup`, so that Python's tests apply the same rule as Rust's.

use std::time::Duration;

use lesson_test::{Speedup, assert_cpu_speedup};
use pyo3::prelude::*;
use pyo3::types::PyModule;

/// Adds the support functions to the module, and names rayon's threads `rayon 1`, `rayon 2`, …
/// for the timelines.
pub(super) fn init(module: &Bound<'_, PyModule>) -> PyResult<()> {
    let names = |i: usize| format!("rayon {}", i + 1);
    let _ = rayon::ThreadPoolBuilder::new()
        .thread_name(names)
        .build_global();
    module.add_function(wrap_pyfunction!(iterations_for, module)?)?;
    module.add_function(wrap_pyfunction!(_record, module)?)?;
    module.add_function(wrap_pyfunction!(_short_panic_messages, module)?)?;
    module.add_function(wrap_pyfunction!(_plain_threads, module)?)?;
    module.add_function(wrap_pyfunction!(_assert_cpu_speedup, module)?)?;
    Ok(())
}

/// How many iterations of `sqrt_sum` take about `seconds` on one core of this machine:
/// Python sizes the work by time, as the other lessons do.
#[pyfunction]
fn iterations_for(py: Python<'_>, seconds: f64) -> u64 {
    let budget = Duration::from_secs_f64(seconds.max(0.0));
    py.detach(|| timing::iterations_for(budget))
}

/// One recorded span, as Python receives it: `(label, thread, start_s, end_s)`.
type SpanTuple = (String, String, f64, f64);

/// Support for the narrator and the tests, not the lesson: runs `f()` while recording the spans
/// that Rust code marks ([`timing::record`]), and returns `(f's result, spans, elapsed_s,
/// origin)`: span times are seconds from `origin`, a `time.perf_counter()` reading taken as the
/// recording started (both clocks are the system's monotonic clock), so Python's own timestamps
/// can be placed among the spans. One recording at a time.
#[pyfunction]
fn _record(py: Python<'_>, f: Py<PyAny>) -> PyResult<(Py<PyAny>, Vec<SpanTuple>, f64, f64)> {
    let perf_counter = py.import("time")?.getattr("perf_counter")?;
    let mut origin = 0.0;
    let (result, timeline) = timing::record(|| {
        origin = perf_counter.call0()?.extract::<f64>()?;
        f.call0(py)
    });
    let spans = (timeline.spans().into_iter())
        .map(|s| {
            (
                s.label,
                s.thread,
                s.start.as_secs_f64(),
                s.end.as_secs_f64(),
            )
        })
        .collect();
    Ok((result?, spans, timeline.elapsed().as_secs_f64(), origin))
}

/// Support: panics print one line on stderr (the narrator's runs panic on purpose).
#[pyfunction]
fn _short_panic_messages() {
    timing::narrate::short_panic_messages();
}

/// Support for the tests: `threads` plain Rust threads, each running the seeds' loop over `n`
/// numbers, with the GIL released. What the machine allows right now, whatever the lesson does.
#[pyfunction]
fn _plain_threads(py: Python<'_>, threads: usize, n: u64) {
    py.detach(|| {
        std::thread::scope(|s| {
            for _ in 0..threads {
                s.spawn(|| timing::sqrt_loop(n));
            }
        })
    });
}

/// Support for the tests: `lesson_test::assert_cpu_speedup` on two Python callables, so that
/// a speed-up claimed in Python is judged by the same rule as in Rust. Returns the speed-up, or
/// `None` when the machine could not show it (the reason is printed). A failed claim raises
/// `PanicException` with the table.
#[pyfunction]
fn _assert_cpu_speedup(
    py: Python<'_>,
    threads: usize,
    at_least: f64,
    sequential: Py<PyAny>,
    parallel: Py<PyAny>,
) -> PyResult<Option<f64>> {
    let error = std::cell::RefCell::new(None);
    let call = |f: &Py<PyAny>| {
        if let Err(e) = f.call0(py) {
            error.borrow_mut().get_or_insert(e);
        }
    };
    let outcome = assert_cpu_speedup(threads, at_least, || call(&sequential), || call(&parallel));
    match (error.into_inner(), outcome) {
        (Some(error), _) => Err(error),
        (None, Speedup::Shown(times)) => Ok(Some(times)),
        (None, Speedup::Skipped) => Ok(None),
    }
}
