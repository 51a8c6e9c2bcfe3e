//! Choreography the chapter does not show: running each ending in a child process, and reading
//! what the child printed.
//!
//! A program that ends while its threads still run cannot be shown from inside one process, so
//! the narrator and the tests run this lesson's binary again as
//! `daemon --scenario detached|joined|exit ROUNDS PAUSE_MS`, through [`timing::scenario`].

use std::io;
use std::path::Path;
use std::time::Duration;

use timing::scenario::{Handler, Scenario};
use timing::{Finished, Watched};

/// The three ways a program can end while its background thread runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ending {
    /// [`return_without_join`](crate::return_without_join).
    Detached,
    /// [`join_before_returning`](crate::join_before_returning).
    Joined,
    /// [`exit_midway`](crate::exit_midway).
    Exit,
}

impl Ending {
    /// All three, in the chapter's order.
    pub const ALL: [Ending; 3] = [Ending::Detached, Ending::Joined, Ending::Exit];

    /// The scenario's name on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Ending::Detached => "detached",
            Ending::Joined => "joined",
            Ending::Exit => "exit",
        }
    }

    /// Runs `exe` (this lesson's binary) as a child process that ends this way, with `rounds`
    /// and `pause_ms` for its background thread. The child is killed if it has not finished in
    /// twice the time its background thread needs, plus 10 s.
    pub fn run_in_child(self, exe: &Path, rounds: u32, pause_ms: u64) -> io::Result<Finished> {
        let args = [rounds.to_string(), pause_ms.to_string()];
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let need = timing::scaled(Duration::from_millis(pause_ms) * rounds);
        let timeout = need * 2 + Duration::from_secs(10);
        timing::scenario::run(exe, self.name(), &args, timeout)
    }

    /// Ends this way in this process, with the scenario's `ROUNDS PAUSE_MS`.
    fn run_here(self, scenario: &Scenario) {
        let (rounds, pause) = (scenario.arg(0), Duration::from_millis(scenario.arg(1)));
        match self {
            Ending::Detached => crate::return_without_join(rounds, pause),
            Ending::Joined => crate::join_before_returning(rounds, pause),
            Ending::Exit => crate::exit_midway(rounds, pause),
        }
    }
}

/// The scenarios this lesson runs in a child process, for `timing::scenario::main`:
/// `detached|joined|exit ROUNDS PAUSE_MS` and `ctrl-c [WORKERS]`.
pub const SCENARIOS: &[(&str, Handler)] = &[
    ("detached", |s| Ending::Detached.run_here(s)),
    ("joined", |s| Ending::Joined.run_here(s)),
    ("exit", |s| Ending::Exit.run_here(s)),
    (CTRL_C, |s| {
        crate::work_until_ctrl_c(s.arg_or(0, 2), Duration::from_millis(10));
    }),
];

/// What a child's stdout shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Seen {
    /// How many `background: round` lines were printed.
    pub rounds: usize,
    /// Whether the background thread printed `background: finished`.
    pub background_finished: bool,
    /// Whether the background thread's `Cleanup` ran.
    pub background_cleanup: bool,
    /// Whether `main`'s `Cleanup` ran.
    pub main_cleanup: bool,
    /// Whether the line written to a `BufWriter` reached stdout.
    pub buffered_line: bool,
    /// The last line, if it has no newline: text `print!`ed just before `process::exit`.
    pub unterminated: Option<String>,
}

/// Reads a child's stdout.
///
/// ```
/// let seen = daemon::support::what_was_printed("background: round 1 of 5\ncleanup: main\n");
/// assert_eq!((seen.rounds, seen.main_cleanup, seen.background_cleanup), (1, true, false));
/// assert_eq!(seen.unterminated, None);
/// ```
pub fn what_was_printed(stdout: &str) -> Seen {
    let has = |line: &str| stdout.lines().any(|l| l == line);
    let unterminated = match stdout.ends_with('\n') {
        true => None,
        false => stdout.lines().last().map(str::to_string),
    };
    Seen {
        rounds: stdout
            .lines()
            .filter(|l| l.starts_with("background: round"))
            .count(),
        background_finished: has("background: finished"),
        background_cleanup: has("cleanup: background thread"),
        main_cleanup: has("cleanup: main"),
        buffered_line: has("main: a line waiting in a BufWriter"),
        unterminated,
    }
}

/// The scenario that runs [`work_until_ctrl_c`](crate::work_until_ctrl_c).
pub const CTRL_C: &str = "ctrl-c";

/// Runs [`work_until_ctrl_c`](crate::work_until_ctrl_c) in a child process (`exe` is this
/// lesson's binary), waits until its workers run, and sends it a real SIGINT, as pressing Ctrl-C
/// in its terminal would. The child is killed if it has not ended 10 s later. Returns what it
/// printed, or `None` where there is no `kill` command to send the signal with.
pub fn interrupt_in_child(exe: &Path, workers: usize) -> io::Result<Option<Finished>> {
    if !cfg!(unix) {
        return Ok(None);
    }
    let mut child = Watched::start(&mut timing::scenario::command(
        exe,
        CTRL_C,
        &[&workers.to_string()],
    ))?;
    // Wait for the line that says the workers run (or for the child to end early).
    child.wait_for_line(Duration::from_secs(10), |line| {
        line.contains("workers running")
    });
    // Let them work a little, as a person would before pressing Ctrl-C.
    std::thread::sleep(timing::scaled(Duration::from_millis(300)));
    let signal = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status();
    let patience = if signal.is_ok() {
        Duration::from_secs(10)
    } else {
        Duration::ZERO // no signal was sent: nothing to wait for
    };
    child.finish(patience).map(Some)
}
