//! What the benchmarks share with their report (`cargo run -p benches --bin report`).
//!
//! One module per bench group holds what the criterion file in `benches/benches/` and the
//! report both need: the group's name, its function ids and parameters as types, its sizes;
//! and the pages the report writes from its results. So a bench id is written once, and a
//! group's prose lives next to its numbers.
//!
//! - [`spawn`], [`pools`], [`channels`], [`counters`], [`refcount`], [`scaling`], [`gil`]: the
//!   criterion groups the book quotes.
//! - [`compare`]: the Python comparison, its recorded format and its pages.
//! - [`machine`]: the machine a run measured.
//! - [`data`]: a run's raw results read back; [`pages`]: every generated file.
//! - [`cli`]: the report's command line.
//!
//! No criterion here: `cargo test --workspace` builds this crate and never criterion.

pub mod channels;
mod charts;
pub mod cli;
pub mod compare;
pub mod counters;
pub mod data;
mod format;
pub mod gil;
pub mod machine;
pub mod pages;
pub mod pools;
pub mod refcount;
pub mod scaling;
pub mod spawn;
mod svg;
