//! Graders for exercise 15-release-the-gil. Your `sqrt_sum` runs inside a Python interpreter
//! that the test starts itself, called from Python, as a module's function would be.
//!
//! ONE test: the tests of a file run side by side, and two would take turns on the one GIL.

mod support;

use std::time::Duration;

use pyo3::prelude::*;

const STUCK: &str = "sqrt_sum never returned";

#[test]
fn sqrt_sum_computes_the_seeds_sum_while_other_python_threads_run() {
    // A call of about 300 ms on one core of this machine.
    let n = timing::iterations_for(Duration::from_millis(300));
    let checked = support::within(STUCK, move || {
        Python::attach(|py| -> PyResult<_> {
            let sqrt_sum = wrap_pyfunction!(ex15_release_the_gil::sqrt_sum, py)?;
            let small: f64 = sqrt_sum.call1((5,))?.extract()?;
            let driver = support::driver(py)?;
            let during = driver.getattr("ticks_during")?.call1((&sqrt_sum, n))?;
            let (sum, took, middle): (f64, f64, usize) = during.extract()?;
            Ok((small, sum, took, middle))
        })
    });
    let (small, sum, took, middle) = checked.unwrap_or_else(|e| panic!("Python raised {e}"));
    assert_eq!(
        small,
        0.0 + 1.0 + 2f64.sqrt() + 3f64.sqrt() + 2.0,
        "sqrt_sum(5) is √0 + √1 + √2 + √3 + √4"
    );
    assert_eq!(sum, timing::sqrt_loop(n), "sqrt_sum({n}) is the seed's sum");
    assert!(
        middle > 0,
        "while sqrt_sum({n}) computed for {took:.2} s, another Python thread, which ticks every \
         millisecond, never ticked in the middle of it: your function held the GIL all along. \
         Let go of it around the loop: `py.detach(|| ...)`"
    );
    println!(
        "another Python thread ticked {middle} times in the middle third of your {took:.2} s call"
    );
}
