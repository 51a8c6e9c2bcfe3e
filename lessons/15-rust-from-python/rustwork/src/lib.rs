//! Lesson 15's extension module: Rust's threads inside a Python program.
//!
//! The crate is plain Rust, tested by `cargo test` like any other; with the `python` feature
//! (which maturin turns on, see `pyproject.toml`) it is also the Python module `rustwork`, whose
//! functions are thin PyO3 wrappers around these:
//!
//! - [`work`]: the seeds' CPU-bound loop, one unit ([`work::sqrt_sum`]) and many on rayon's
//!   threads ([`work::sqrt_sums`]).
//! - [`threads`]: calling a function for every item from named worker threads
//!   ([`threads::map_on_threads`]), and a worker's panic raised again on the caller.
//! - [`feed`]: a producer thread feeding a bounded channel, read as an iterator ([`feed::Feed`]).
//!
//! `cargo run -p rust-from-python` builds the module into a virtual environment and runs the
//! Python side.
//!
//! What `Python::detach` refuses to take along: a Python object (here the list the function was
//! given), which only a thread attached to the interpreter may touch. Checked with the `python`
//! feature (`.ci/run` does), as a `compile_fail` doctest:
#![cfg_attr(
    feature = "python",
    doc = concat!(
        "```compile_fail,E0277\n",
        include_str!("../compile_fail/list_across_detach.rs"),
        "```"
    )
)]

pub mod feed;
pub mod threads;
pub mod work;

#[cfg(feature = "python")]
mod python;
