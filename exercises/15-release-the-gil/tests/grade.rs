//! Graders for exercise 15-release-the-gil. Your `sqrt_sum` runs inside a Python interpreter
//! that the test starts itself, called from Python as a module's function would be, under
//! `grader::within`.

mod support;

use std::time::Duration;

use pyo3::prelude::*;

const LIMIT: Duration = Duration::from_secs(10);
const STUCK: &str = "sqrt_sum never returned: does it wait for the GIL it holds?";

#[test]
fn sqrt_sum_computes_the_seeds_sum() {
    let n = 100_000;
    let sums = grader::within(LIMIT, STUCK, move || {
        Python::attach(|py| -> PyResult<(f64, f64)> {
            let sqrt_sum = wrap_pyfunction!(ex15_release_the_gil::sqrt_sum, py)?;
            Ok((
                sqrt_sum.call1((5,))?.extract()?,
                sqrt_sum.call1((n,))?.extract()?,
            ))
        })
    });
    let (five, many) = sums.unwrap_or_else(|e| panic!("Python raised {e}"));
    let roots = 0.0 + 1.0 + 2f64.sqrt() + 3f64.sqrt() + 2.0;
    assert_eq!(five, roots, "sqrt_sum(5) is √0 + √1 + √2 + √3 + √4");
    assert_eq!(
        many,
        timing::sqrt_loop(n),
        "sqrt_sum({n}) is the seed's sum"
    );
}

#[test]
fn other_python_threads_run_while_sqrt_sum_computes() {
    // A call of about 300 ms on one core of this machine.
    let n = timing::iterations_for(Duration::from_millis(300));
    let checked = grader::within(LIMIT, STUCK, move || {
        Python::attach(|py| -> PyResult<(f64, usize)> {
            let sqrt_sum = wrap_pyfunction!(ex15_release_the_gil::sqrt_sum, py)?;
            let driver = support::driver(py)?;
            let during = driver.getattr("ticks_during")?.call1((&sqrt_sum, n))?;
            let (_, took, middle): (f64, f64, usize) = during.extract()?;
            Ok((took, middle))
        })
    });
    let (took, middle) = checked.unwrap_or_else(|e| panic!("Python raised {e}"));
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
