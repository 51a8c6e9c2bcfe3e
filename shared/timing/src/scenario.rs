//! Re-running a lesson's own binary as a child process, to run one scenario in it.
//!
//! Some demonstrations must happen in another process: a real deadlock (which only killing can
//! end), `process::exit` with threads still running, worker processes. The lesson binary runs
//! them itself when started as `LESSON --scenario NAME [ARGS…]`; its `main` checks
//! [`requested`] before parsing its flags. The narrator starts such a child with
//! [`run`] (or [`command`], when it needs the child's pipes), and so do the tests, with the path
//! cargo gives them (`env!("CARGO_BIN_EXE_<name>")`).
//!
//! ```no_run
//! use std::time::Duration;
//!
//! // In main.rs, before clap:
//! if let Some((name, _args)) = timing::scenario::requested() {
//!     match name.as_str() {
//!         "deadlock" => { /* lesson::deadlock_for_real() */ }
//!         other => panic!("no scenario {other}"),
//!     }
//!     return;
//! }
//! // In a narrator section:
//! let run = timing::scenario::run(&timing::scenario::this_program(), "deadlock", &[], Duration::from_secs(1)).unwrap();
//! assert!(run.timed_out()); // it hung, and was killed and reaped
//! ```

use std::io;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use crate::{Finished, run_with_timeout};

/// The hidden first argument that makes a lesson binary run one scenario.
pub const FLAG: &str = "--scenario";

/// If this process was started as `PROGRAM --scenario NAME [ARGS…]`, the name and the
/// arguments after it.
pub fn requested() -> Option<(String, Vec<String>)> {
    let mut args = std::env::args().skip(1);
    if args.next().as_deref() != Some(FLAG) {
        return None;
    }
    let name = args.next()?;
    Some((name, args.collect()))
}

/// The running program's own path, for a narrator to re-run itself.
///
/// # Panics
/// If the operating system cannot say (it always can on Linux, macOS and Windows).
pub fn this_program() -> PathBuf {
    std::env::current_exe().expect("the path of the running program")
}

/// A command that runs `exe --scenario name args…`, for a caller that wants the child's pipes.
pub fn command(exe: &Path, name: &str, args: &[&str]) -> Command {
    let mut command = Command::new(exe);
    command.arg(FLAG).arg(name).args(args);
    command
}

/// Runs `exe --scenario name args…` with [`run_with_timeout`]: a child that hangs is killed after
/// `timeout`, and always reaped.
pub fn run(exe: &Path, name: &str, args: &[&str], timeout: Duration) -> io::Result<Finished> {
    run_with_timeout(&mut command(exe, name, args), timeout)
}
