//! Lesson 10: reference counting and a simulated Global Interpreter Lock.
//!
//! CPython counts references to every object with plain integers, and protects them (and the
//! rest of the interpreter) with one lock, the GIL. Rust counts with `Rc` (plain integers, not
//! allowed across threads) or `Arc` (atomic), and needs no global lock. To *see* what the GIL
//! does, this lesson builds one, a [`Gil`], and runs the seeds' CPU-bound and I/O-bound
//! experiments with and without it.
//!
//! - [`rc_counts`], [`getrefcount`], [`arc_count_across_threads`]: `sys.getrefcount` next to
//!   `Rc::strong_count` and `Arc::strong_count`.
//! - [`Gil`], [`GilGuard`]: the simulator.
//! - [`run_cpu_bound`], [`run_io_bound`], [`deadlock_despite_the_gil`]: the experiments.
//!
//! `Rc` is not `Send`, so the compiler refuses to move one into a thread
//! (`compile_fail/rc_to_thread.rs`, whose error the chapter shows):
//!
//! ```compile_fail,E0277
#![doc = include_str!("../compile_fail/rc_to_thread.rs")]
//! ```

mod gil;
mod refcount;
mod work;

pub use gil::{DEFAULT_SWITCH_INTERVAL, Gil, GilGuard, TURN};
pub use refcount::{arc_count_across_threads, getrefcount, rc_counts};
pub use work::{IO, NO_GIL, STEP, deadlock_despite_the_gil, run_cpu_bound, run_io_bound};
