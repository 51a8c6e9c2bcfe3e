//! Re-running a lesson's own binary as a child process, to run one scenario in it.
//!
//! Some demonstrations must happen in another process: a real deadlock (which only killing can
//! end), `process::exit` with threads still running, worker processes. The lesson binary runs
//! them itself when started as `LESSON --scenario NAME [ARGS…]`:
//!
//! - its `main` calls [`main`] first, with the table of its scenarios. When the process was
//!   started for one, [`main`] runs it and ends the process; an unknown name or a bad argument
//!   is one line on stderr and exit code 2. Otherwise it returns, and the lesson parses its
//!   flags (so `--scenario` is not a flag: `--help` does not list it).
//! - the narrator starts such a child with [`run`] (or [`command`], when it needs the child's
//!   pipes), and so do the tests, with the path cargo gives them
//!   (`env!("CARGO_BIN_EXE_<name>")`).
//! - what a child tells its parent goes through [`report`], one line of JSON per value, and the
//!   parent reads it back, typed, with [`reports`].
//!
//! ```no_run
//! use std::time::Duration;
//! use timing::scenario::{self, Scenario};
//!
//! #[derive(serde::Serialize, serde::Deserialize)]
//! struct Found {
//!     cycle: usize,
//! }
//!
//! fn deadlock(scenario: &Scenario) {
//!     let threads: usize = scenario.arg(0); // `LESSON --scenario deadlock 2`
//!     scenario::report(&Found { cycle: threads }); // printed as {"cycle":2}
//! }
//!
//! fn main() {
//!     scenario::main(&[("deadlock", deadlock)]); // returns only if no scenario was asked for
//!     // …clap, then the narrator, which runs the scenario in a child:
//!     let exe = scenario::this_program();
//!     let run = scenario::run(&exe, "deadlock", &["2"], Duration::from_secs(5)).unwrap();
//!     let found: Vec<Found> = scenario::reports(run.stdout.as_bytes()).collect();
//!     assert_eq!(found[0].cycle, 2);
//! }
//! ```

use std::fmt::Display;
use std::io::{self, BufRead, Write};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::str::FromStr;
use std::time::Duration;

use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::{Finished, run_with_timeout};

/// The hidden first argument that makes a lesson binary run one scenario.
pub const FLAG: &str = "--scenario";

/// What runs a scenario: a function of the [`Scenario`] this process was started for. When it
/// returns, the process exits with code 0 (threads still running end with it); it may also end
/// the process itself, with `std::process::exit` or a crash, when that is the demonstration.
pub type Handler = fn(&Scenario);

/// The scenario this process was started for: `PROGRAM --scenario NAME [ARGS…]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scenario {
    /// The scenario's name.
    pub name: String,
    /// The arguments after the name.
    pub args: Vec<String>,
}

impl Scenario {
    /// Reads `PROGRAM --scenario NAME [ARGS…]` from `args` (the program's own name first, as
    /// `std::env::args()` gives them); `None` for any other command line.
    pub fn from_args(args: impl IntoIterator<Item = String>) -> Option<Scenario> {
        let mut args = args.into_iter().skip(1);
        if args.next().as_deref() != Some(FLAG) {
            return None;
        }
        let name = args.next()?;
        Some(Scenario {
            name,
            args: args.collect(),
        })
    }

    /// The argument at `at` (0 is the first after the name), parsed; a missing or malformed
    /// one is a usage error: one line on stderr, exit code 2.
    pub fn arg<T: FromStr>(&self, at: usize) -> T
    where
        T::Err: Display,
    {
        match self.args.get(at) {
            Some(_) => self.arg_or(at, None),
            None => usage_error(&format!(
                "scenario {:?} needs argument {} (got {:?})",
                self.name,
                at + 1,
                self.args
            )),
        }
    }

    /// The argument at `at`, parsed, or `default` when there is none; a malformed one is a
    /// usage error: one line on stderr, exit code 2.
    pub fn arg_or<T: FromStr>(&self, at: usize, default: impl Into<Option<T>>) -> T
    where
        T::Err: Display,
    {
        match self.args.get(at) {
            Some(text) => text.parse().unwrap_or_else(|error| {
                usage_error(&format!(
                    "scenario {:?}, argument {} {text:?}: {error}",
                    self.name,
                    at + 1
                ))
            }),
            None => default.into().unwrap_or_else(|| {
                usage_error(&format!(
                    "scenario {:?} needs argument {}",
                    self.name,
                    at + 1
                ))
            }),
        }
    }
}

/// The scenario dispatcher: call it first thing in a lesson's `main`, with every scenario the
/// lesson runs in a child.
///
/// If this process was started as `PROGRAM --scenario NAME [ARGS…]`, it checks
/// `LESSON_TIME_SCALE`, makes panics print one line ([`short_panic_messages`]), runs the handler
/// called `NAME` and exits with code 0 when it returns; an unknown `NAME` is one line on stderr
/// and exit code 2. Otherwise it returns at once and the lesson goes on.
///
/// [`short_panic_messages`]: crate::narrate::short_panic_messages
pub fn main(scenarios: &[(&str, Handler)]) {
    let Some(scenario) = Scenario::from_args(std::env::args()) else {
        return;
    };
    crate::time_scale(); // a bad LESSON_TIME_SCALE stops the child before it starts
    crate::narrate::short_panic_messages();
    match find(scenarios, &scenario.name) {
        Ok(handler) => handler(&scenario),
        Err(message) => usage_error(&message),
    }
    let _ = io::stdout().flush();
    std::process::exit(0)
}

/// The handler called `name`, or the one-line message for an unknown name.
fn find(scenarios: &[(&str, Handler)], name: &str) -> Result<Handler, String> {
    match scenarios.iter().find(|(known, _)| *known == name) {
        Some((_, handler)) => Ok(*handler),
        None => {
            let known: Vec<&str> = scenarios.iter().map(|(known, _)| *known).collect();
            Err(format!(
                "no scenario {name:?} (there are: {})",
                known.join(", ")
            ))
        }
    }
}

/// Prints `message` as one line on stderr, behind the program's name, and exits with code 2.
fn usage_error(message: &str) -> ! {
    let program = std::env::args()
        .next()
        .and_then(|path| Some(Path::new(&path).file_name()?.to_string_lossy().into_owned()))
        .unwrap_or_default();
    eprintln!("{program}: {message}");
    std::process::exit(2)
}

/// Prints `value` on stdout as one line of JSON, for the parent to read back with [`reports`].
/// The line is written whole (threads that report at once do not mix their lines) and flushed.
///
/// If nobody reads any more (the parent closed the pipe), the child exits with code 1 instead
/// of working for nobody.
pub fn report(value: &impl Serialize) {
    let mut line = serde_json::to_string(value).expect("a report serialises to JSON");
    line.push('\n');
    let mut out = io::stdout().lock();
    if out
        .write_all(line.as_bytes())
        .and_then(|()| out.flush())
        .is_err()
    {
        std::process::exit(1);
    }
}

/// The reports of type `T` in a child's output, in order: every line that is a `T` in JSON,
/// as [`report`] prints it. Other lines (prose for a person, reports of another type, a line cut
/// short when the child was killed) are left out. Reads as the child writes, so it can follow a
/// child that is still running; pass a finished child's output as `run.stdout.as_bytes()`.
///
/// ```
/// let stdout = "{\"ms\":10,\"progress\":3}\nsome prose\n{\"ms\":20,\"progress\":3}\n{\"ms\":3";
/// #[derive(serde::Deserialize, Debug, PartialEq)]
/// struct Tick {
///     ms: u64,
///     progress: u64,
/// }
/// let ticks: Vec<Tick> = timing::scenario::reports(stdout.as_bytes()).collect();
/// assert_eq!(ticks, [Tick { ms: 10, progress: 3 }, Tick { ms: 20, progress: 3 }]);
/// ```
pub fn reports<T: DeserializeOwned>(output: impl BufRead) -> impl Iterator<Item = T> {
    output
        .lines()
        .map_while(Result::ok)
        .filter_map(|line| serde_json::from_str(&line).ok())
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

#[cfg(test)]
mod tests {
    use super::*;

    fn line(args: &[&str]) -> Option<Scenario> {
        Scenario::from_args(args.iter().map(|a| a.to_string()))
    }

    #[test]
    fn only_the_hidden_flag_asks_for_a_scenario() {
        assert_eq!(line(&["lesson"]), None);
        assert_eq!(line(&["lesson", "--rounds", "3"]), None);
        assert_eq!(line(&["lesson", FLAG]), None);
        let asked = line(&["lesson", FLAG, "sqrt", "5", "x"]).unwrap();
        assert_eq!(asked.name, "sqrt");
        assert_eq!(asked.args, ["5", "x"]);
    }

    #[test]
    fn an_unknown_name_is_one_line_that_lists_the_known_ones() {
        fn nothing(_: &Scenario) {}
        let table: &[(&str, Handler)] = &[("a", nothing), ("b", nothing)];
        assert!(find(table, "b").is_ok());
        let message = find(table, "c").err().unwrap();
        assert_eq!(message, "no scenario \"c\" (there are: a, b)");
    }

    #[test]
    fn arguments_parse_and_fall_back_to_their_default() {
        let asked = line(&["lesson", FLAG, "sqrt", "5"]).unwrap();
        assert_eq!(asked.arg::<u64>(0), 5);
        assert_eq!(asked.arg_or::<u64>(1, 7), 7);
    }

    #[test]
    fn a_report_is_one_line_that_reads_back_typed() {
        #[derive(Serialize, serde::Deserialize, Debug, PartialEq)]
        enum Said {
            Note(String),
            Sum(f64),
        }
        let said = [Said::Note("two\nlines".into()), Said::Sum(0.1 + 0.2)];
        let text: String = said
            .iter()
            .map(|s| serde_json::to_string(s).unwrap() + "\n")
            .collect();
        assert_eq!(text.lines().count(), 2);
        let back: Vec<Said> = reports(text.as_bytes()).collect();
        assert_eq!(back, said, "floats come back to the bit");
    }
}
