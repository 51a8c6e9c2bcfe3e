//! Lesson 04: background threads and program exit (Python's daemon threads).
//!
//! Rust has no daemon flag. A thread nobody joins is killed when `main` returns, like a Python
//! daemon thread; a thread you want finished, you join (Python joins its non-daemon threads for
//! you at exit). `std::process::exit` ends every thread at once and runs no destructors.
//! The three cases are real programs here: the lesson's binary runs itself as a child process in
//! a hidden scenario mode, and the parent reads what the child printed. Last, a background
//! worker that stops cleanly when dropped.

use std::io::{self, BufWriter, Write};
use std::path::Path;
use std::process::Command;
use std::sync::mpsc::{self, RecvTimeoutError};
use std::thread::{self, JoinHandle};
use std::time::Duration;

use timing::{Finished, human, run_with_timeout};

// ANCHOR: cleanup
/// Prints `cleanup: <who>` when dropped, so the output shows which destructors ran.
pub struct Cleanup(pub &'static str);

impl Drop for Cleanup {
    fn drop(&mut self) {
        println!("cleanup: {}", self.0);
    }
}
// ANCHOR_END: cleanup

// ANCHOR: background
/// Seed 000's `some_task`: prints `rounds` lines, sleeping `pause` (scaled) after each, and
/// reports each round on `progress`. Its `Cleanup` prints only if the thread gets to finish.
pub fn background(rounds: u32, pause: Duration, progress: mpsc::Sender<u32>) {
    let _cleanup = Cleanup("background thread");
    for round in 1..=rounds {
        println!("background: round {round} of {rounds}");
        let _ = progress.send(round);
        timing::sleep(pause);
    }
    println!("background: finished");
}

/// Blocks until the background thread reports `round` (or ends without reaching it).
fn wait_for_round(progress: &mpsc::Receiver<u32>, round: u32) {
    for reached in progress {
        if reached >= round {
            return;
        }
    }
}
// ANCHOR_END: background

// ANCHOR: detached
/// `daemon=True`: start the thread, drop its handle, and return from `main` once the thread has
/// printed its second line (the seed's `time.sleep(2)`).
pub fn scenario_detached(rounds: u32, pause: Duration) {
    let _cleanup = Cleanup("main");
    let (progress, reached) = mpsc::channel();
    thread::spawn(move || background(rounds, pause, progress)); // handle dropped: detached
    wait_for_round(&reached, 2);
    println!("main: returning without join");
} // `cleanup: main` prints here; then the process exits, and the background thread with it
// ANCHOR_END: detached

// ANCHOR: joined
/// `daemon=False`, by hand: keep the handle and join it before `main` returns.
pub fn scenario_joined(rounds: u32, pause: Duration) {
    let _cleanup = Cleanup("main");
    let (progress, reached) = mpsc::channel();
    let handle = thread::spawn(move || background(rounds, pause, progress));
    wait_for_round(&reached, 2);
    println!("main: joining the background thread");
    handle.join().expect("the background thread does not panic");
    println!("main: returning after join");
}
// ANCHOR_END: joined

// ANCHOR: exit
/// `std::process::exit` in the middle: the process ends now. No destructor runs, on this thread
/// or any other, so `Cleanup`s stay silent and a `BufWriter`'s buffered line is lost.
pub fn scenario_exit(rounds: u32, pause: Duration) -> ! {
    let _cleanup = Cleanup("main");
    let mut report = BufWriter::new(io::stdout());
    writeln!(report, "main: a line waiting in a BufWriter").expect("writing to a buffer");
    let (progress, reached) = mpsc::channel();
    thread::spawn(move || background(rounds, pause, progress));
    wait_for_round(&reached, 2);
    println!("main: calling process::exit(0)");
    std::process::exit(0);
}
// ANCHOR_END: exit

/// The child-process scenarios the lesson's binary can run (`--scenario <name>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Scenario {
    /// Return from `main` without joining the background thread.
    Detached,
    /// Join the background thread, then return.
    Joined,
    /// Call `std::process::exit` while the background thread runs.
    Exit,
}

impl Scenario {
    /// The name on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Scenario::Detached => "detached",
            Scenario::Joined => "joined",
            Scenario::Exit => "exit",
        }
    }

    /// Runs the scenario in this process. `Exit` does not return.
    pub fn run(self, rounds: u32, pause: Duration) {
        match self {
            Scenario::Detached => scenario_detached(rounds, pause),
            Scenario::Joined => scenario_joined(rounds, pause),
            Scenario::Exit => scenario_exit(rounds, pause),
        }
    }
}

// ANCHOR: child
/// Runs `exe` (this lesson's binary) as a child process in `scenario`, with `rounds` and
/// `pause_ms` for the background thread, and returns what it printed. The child is killed if
/// it has not finished in twice the time its background thread would need, plus 10 s.
pub fn run_scenario(
    exe: &Path,
    scenario: Scenario,
    rounds: u32,
    pause_ms: u64,
) -> io::Result<Finished> {
    let mut child = Command::new(exe);
    child.args(["--scenario", scenario.name()]);
    child.args([
        "--rounds",
        &rounds.to_string(),
        "--pause-ms",
        &pause_ms.to_string(),
    ]);
    let need = timing::scaled(Duration::from_millis(pause_ms) * rounds);
    run_with_timeout(&mut child, need * 2 + Duration::from_secs(10))
}

/// What a scenario's output shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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
}

/// Reads a scenario's stdout.
///
/// ```
/// let seen = daemon::what_was_printed("background: round 1 of 5\ncleanup: main\n");
/// assert_eq!((seen.rounds, seen.main_cleanup, seen.background_cleanup), (1, true, false));
/// ```
pub fn what_was_printed(stdout: &str) -> Seen {
    let has = |line: &str| stdout.lines().any(|l| l == line);
    Seen {
        rounds: stdout
            .lines()
            .filter(|l| l.starts_with("background: round"))
            .count(),
        background_finished: has("background: finished"),
        background_cleanup: has("cleanup: background thread"),
        main_cleanup: has("cleanup: main"),
        buffered_line: has("main: a line waiting in a BufWriter"),
    }
}
// ANCHOR_END: child

// ANCHOR: worker
/// A background thread that handles the items sent to it, in order, and stops cleanly when
/// dropped: `Drop` closes its channel (the stop signal), lets it finish the items already
/// queued, and waits for it, but never longer than `bound`.
pub struct Worker {
    jobs: Option<mpsc::Sender<u32>>,
    thread: Option<JoinHandle<usize>>,
    stopped: mpsc::Receiver<()>,
    bound: Duration,
}

/// What [`Worker::shutdown`] returns when the thread did not stop within the bound: its handle,
/// to join later (or drop, detaching it).
#[derive(Debug)]
pub struct Late(pub JoinHandle<usize>);

impl Worker {
    /// Starts a thread called `name` that calls `handle(item)` for each submitted item.
    pub fn start(
        name: &str,
        bound: Duration,
        mut handle: impl FnMut(u32) + Send + 'static,
    ) -> io::Result<Worker> {
        let (jobs, inbox) = mpsc::channel::<u32>();
        let (stopped_sender, stopped) = mpsc::channel::<()>();
        let thread = thread::Builder::new()
            .name(name.to_string())
            .spawn(move || {
                let _stopped = stopped_sender; // dropped when this thread ends: the "done" signal
                let mut handled = 0;
                for item in inbox {
                    // ends once `jobs` is dropped and the queue is empty
                    handle(item);
                    handled += 1;
                }
                handled
            })?;
        Ok(Worker {
            jobs: Some(jobs),
            thread: Some(thread),
            stopped,
            bound,
        })
    }

    /// Queues `item` for the worker thread.
    pub fn submit(&self, item: u32) {
        if let Some(jobs) = &self.jobs {
            let _ = jobs.send(item);
        }
    }

    /// Stops the worker and says how it went: `Ok(items handled)`, or `Err(Late)` if it was
    /// still busy after `bound`.
    pub fn shutdown(mut self) -> Result<usize, Late> {
        self.stop()
            .map(|joined| joined.expect("the worker's handler panicked"))
    }

    fn stop(&mut self) -> Result<thread::Result<usize>, Late> {
        drop(self.jobs.take()); // the signal: no more items
        let Some(thread) = self.thread.take() else {
            return Ok(Ok(0)); // already stopped
        };
        match self.stopped.recv_timeout(self.bound) {
            Err(RecvTimeoutError::Timeout) => Err(Late(thread)),
            _ => Ok(thread.join()), // the thread has ended: this join returns at once
        }
    }
}

impl Drop for Worker {
    fn drop(&mut self) {
        if let Err(Late(thread)) = self.stop() {
            let name = thread.thread().name().unwrap_or("worker").to_string();
            eprintln!(
                "{name} did not stop within {}; detaching it",
                human(self.bound)
            );
        }
    }
}
// ANCHOR_END: worker
