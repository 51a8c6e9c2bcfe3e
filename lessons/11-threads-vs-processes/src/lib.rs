//! Lesson 11: threads versus processes for CPU-bound work.
//!
//! Seed 001 runs the same CPU-bound loop once per core on threads and then on processes, and
//! finds that in CPython only the processes run in parallel. This lesson runs the experiment in
//! Rust, where threads run in parallel too, and then looks at what processes still give you:
//!
//! - [`work`]: the seed's loop ([`timing::sqrt_loop`]) run sequentially and on threads.
//! - [`processes`]: the same work on child processes: the lesson's binary re-runs itself as
//!   `LESSON --scenario sqrt N` (Rust's version of `multiprocessing`), and [`child`] is what
//!   runs inside those worker processes.
//! - [`startup`]: what it costs to start a thread and to start a process.
//! - [`memory`]: threads share memory, processes get copies.
//! - [`isolation`]: a crash in a child leaves the parent running; a crash in a thread may not.
//! - [`support`]: progress bars and child-process plumbing the chapter does not show.

pub mod child;
pub mod isolation;
pub mod memory;
pub mod processes;
pub mod startup;
pub mod support;
pub mod work;

pub use processes::run_processes;
pub use work::{SLICES, run_sequential, run_threads, unit_of_work};
