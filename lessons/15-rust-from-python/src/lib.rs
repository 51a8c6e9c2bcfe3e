//! Lesson 15: Rust inside a Python program, with PyO3.
//!
//! The teaching core is the extension module, a crate of its own in `rustwork/`: plain Rust
//! functions (`rustwork::work`, `rustwork::threads`, `rustwork::feed`) and the thin PyO3 glue
//! that makes them the Python module `rustwork`. This crate is the narrator and what it needs:
//!
//! - [`setup`]: python3 and pip, a virtual environment under `target/`, maturin from PyPI, and
//!   `maturin develop --release` to build the module into it.
//! - [`python_side`]: runs the lesson's Python (`python/lesson.py SECTION`) in that environment
//!   and reads back the JSON each section prints: times, and timelines the module recorded.
//! - [`report`]: the tables the narrator prints and writes as the book's figures.

pub mod python_side;
pub mod report;
pub mod setup;
