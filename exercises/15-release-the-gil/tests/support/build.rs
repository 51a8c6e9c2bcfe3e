//! The graders run your `#[pyfunction]` inside a Python interpreter they start themselves
//! (PyO3's `auto-initialize`), so their binaries link libpython. This tells the linker where
//! python3's libpython is, so that they find it when they run, wherever Python is installed.

fn main() {
    pyo3_build_config::add_libpython_rpath_link_args();
}
