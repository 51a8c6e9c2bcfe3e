use pyo3::prelude::*;
use pyo3::types::PyList;

// ANCHOR: list_across_detach
#[pyfunction]
fn sqrt_sums(py: Python<'_>, units: Bound<'_, PyList>) -> PyResult<Vec<f64>> {
    py.detach(|| {
        // Reads the Python list while other threads may run Python code: refused.
        let units: Vec<u64> = units.extract()?;
        Ok(rustwork::work::sqrt_sums(&units))
    })
}
// ANCHOR_END: list_across_detach

fn main() {}
