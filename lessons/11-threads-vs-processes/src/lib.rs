//! Lesson 11: threads versus processes for CPU-bound work.
//!
//! Seed 001 runs the same CPU-bound loop once per core on threads and then on processes, and
//! finds that in CPython only the processes run in parallel. This lesson runs the experiment in
//! Rust, where threads run in parallel too, and then looks at what processes still give you:
//!
//! - [`work`]: the seed's loop ([`timing::sqrt_loop`]) run sequentially, on threads, with a
//!   progress bar per worker.
//! - [`processes`]: the same work on child processes. The lesson's binary re-runs itself with a
//!   hidden `worker` subcommand (Rust's version of `multiprocessing`) and reads the result from
//!   the child's stdout. No child is ever left behind: each one is killed and reaped when its
//!   handle is dropped or its deadline passes.
//! - [`child`]: what runs inside those worker processes.
//! - [`startup`]: what it costs to start a thread and to start a process.
//! - [`memory`]: threads share memory, processes get copies.
//! - [`isolation`]: a crash in a child leaves the parent running; a crash in a thread may not.

pub mod child;
pub mod isolation;
pub mod memory;
pub mod processes;
pub mod startup;
pub mod work;

#[cfg(target_os = "linux")]
pub use processes::live_children;
pub use processes::{ProcessResult, Running, run_processes, start_processes};
pub use work::{Bars, SLICES, Work, run_sequential, run_threads, unit_of_work};
