//! What every lesson's tests share. Lessons take this crate as a `[dev-dependency]` only.
//!
//! - [`EndToEnd`]: run the lesson's binary the way a learner does, bounded, and check what it
//!   prints, that a bad flag is a usage error and that a bad `LESSON_TIME_SCALE` is one line.
//! - [`run_lesson`]: one bounded run of a lesson binary, for checks of its own.
//! - [`within`]: run what could hang on a thread, and fail the test instead of hanging.
//! - [`in_own_process`]: run a test in a child process of its own, so that what it records on a
//!   timeline is its own while the binary's other tests run on.
//! - [`assert_cpu_speedup`]: the one assertion of a CPU-bound speed-up claim, which skips with a
//!   printed reason when the machine's cores are not free to show it.
//!
//! Re-running the lesson binary for one scenario is [`timing::scenario::run`], given the path
//! cargo sets for tests: `Path::new(env!("CARGO_BIN_EXE_<name>"))`.

mod end_to_end;
mod own_process;
mod speedup;
mod within;

pub use end_to_end::{EndToEnd, LESSON_TIMEOUT, run_lesson};
pub use own_process::{OWN_PROCESS_TIMEOUT, in_own_process};
pub use speedup::{Speedup, assert_cpu_speedup};
pub use timing::{Finished, process_exists};
pub use within::within;
