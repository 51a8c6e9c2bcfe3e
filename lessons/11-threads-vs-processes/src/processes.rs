//! The same work on child processes: the lesson's binary re-runs itself as a worker.

use std::io::{self, BufRead, BufReader, Read};
use std::path::Path;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::Arc;
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

use indicatif::ProgressBar;
use timing::Timeline;

use crate::child::{PROGRESS, RESULT};
use crate::work::{Bars, Work};

/// The hidden subcommand that turns the lesson's binary into a worker process.
pub const WORKER: &str = "worker";

// ANCHOR: command
/// `exe worker <job...>`: the lesson's own binary, run as a worker. `exe` is
/// `std::env::current_exe()` in the lesson, `env!("CARGO_BIN_EXE_threads-vs-processes")` in tests.
///
/// ```no_run
/// let exe = std::env::current_exe().unwrap();
/// let status = threads_vs_processes::processes::worker_command(&exe, &["noop"])
///     .status()
///     .unwrap();
/// assert!(status.success());
/// ```
pub fn worker_command(exe: &Path, job: &[&str]) -> Command {
    let mut command = Command::new(exe);
    command.arg(WORKER).args(job);
    command
}
// ANCHOR_END: command

// ANCHOR: reaper
/// A child process that is killed (if it still runs) and reaped when this is dropped: on every
/// path out of a function, early returns and panics included, no child is left behind.
#[derive(Debug)]
pub struct Reaper(pub Child);

impl Reaper {
    /// Kills the child if it still runs, then waits for it so it leaves no zombie.
    pub fn stop(&mut self) {
        if let Ok(None) = self.0.try_wait() {
            let _ = self.0.kill();
        }
        let _ = self.0.wait();
    }
}

impl Drop for Reaper {
    fn drop(&mut self) {
        self.stop();
    }
}

/// Waits for `child` until `deadline`; past it, kills and reaps it and returns `None`.
pub fn wait_or_kill(child: &mut Child, deadline: Instant) -> io::Result<Option<ExitStatus>> {
    let waiting = Instant::now();
    loop {
        if let Some(status) = child.try_wait()? {
            return Ok(Some(status));
        }
        if Instant::now() >= deadline {
            child.kill()?;
            child.wait()?;
            return Ok(None);
        }
        // Poll often while the child is young (a start-up cost is measured in ms), then less.
        let pause =
            (waiting.elapsed() / 20).clamp(Duration::from_micros(10), Duration::from_millis(5));
        thread::sleep(pause.min(deadline.saturating_duration_since(Instant::now())));
    }
}
// ANCHOR_END: reaper

/// How one worker process ended.
#[derive(Debug)]
pub struct ProcessResult {
    /// `process N`.
    pub label: String,
    /// Its process id (reaped: it no longer exists).
    pub pid: u32,
    /// How it exited; `None` if it ran past its deadline and was killed.
    pub status: Option<ExitStatus>,
    /// The sum it sent back over its stdout, if it got that far.
    pub sum: Option<f64>,
    /// How many of the [`SLICES`](crate::SLICES) progress reports arrived.
    pub slices: u64,
    /// What it wrote to stderr (a panic message, say).
    pub stderr: String,
}

impl ProcessResult {
    /// `exit code 0`, `killed by signal 9 (SIGKILL)`, or `timed out, killed`.
    pub fn describe(&self) -> String {
        describe(self.status)
    }
}

/// Describes how a child ended: `exit code 101`, `killed by signal 6 (SIGABRT)`, or
/// `timed out, killed` for `None`.
pub fn describe(status: Option<ExitStatus>) -> String {
    let Some(status) = status else {
        return "timed out, killed".to_string();
    };
    if let Some(code) = status.code() {
        return format!("exit code {code}");
    }
    #[cfg(unix)]
    if let Some(signal) = std::os::unix::process::ExitStatusExt::signal(&status) {
        let name = match signal {
            6 => " (SIGABRT)",
            9 => " (SIGKILL)",
            11 => " (SIGSEGV)",
            15 => " (SIGTERM)",
            _ => "",
        };
        return format!("killed by signal {signal}{name}");
    }
    status.to_string()
}

struct Worker {
    label: String,
    child: Reaper,
    bar: ProgressBar,
    stdout: Option<JoinHandle<Option<f64>>>,
    stderr: Option<JoinHandle<String>>,
}

impl Drop for Worker {
    fn drop(&mut self) {
        // Kill first: the readers finish when the child's pipes close.
        self.child.stop();
        self.stdout.take().map(JoinHandle::join);
        self.stderr.take().map(JoinHandle::join);
        self.bar.finish_and_clear();
    }
}

/// Worker processes started by [`start_processes`]. Dropping it kills and reaps them all.
pub struct Running {
    workers: Vec<Worker>,
}

// ANCHOR: start
/// Starts one worker process per unit of `work` (`exe worker sqrt --iterations N`, all at once),
/// each with a progress bar on `bars` fed by its `progress` lines, and a span `process N` on
/// `timeline` from its start to its `result` line, recorded by a reader thread named `pid <pid>`.
pub fn start_processes(
    exe: &Path,
    work: Work,
    bars: &Bars,
    timeline: &Arc<Timeline>,
) -> io::Result<Running> {
    let iterations = work.iterations.to_string();
    let mut workers = Vec::new();
    for i in 0..work.units {
        let started = Instant::now();
        let mut child = worker_command(exe, &["sqrt", "--iterations", &iterations])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()?;
        let (stdout, stderr) = (child.stdout.take(), child.stderr.take());
        let pid = child.id();
        let label = format!("process {i}");
        let bar = bars.bar(label.clone());
        let mut worker = Worker {
            label: label.clone(),
            child: Reaper(child),
            bar: bar.clone(),
            stdout: None,
            stderr: None,
        };
        let timeline = Arc::clone(timeline);
        worker.stdout = Some(thread::Builder::new().name(format!("pid {pid}")).spawn(
            move || {
                let sum = read_reports(stdout.expect("piped"), &bar);
                if sum.is_some() {
                    timeline.add(label, started, Instant::now());
                }
                sum
            },
        )?);
        worker.stderr = Some(thread::spawn(move || read_all(stderr.expect("piped"))));
        workers.push(worker);
    }
    Ok(Running { workers })
}

/// Reads a worker's stdout: each `progress` line moves `bar`; `result <sum>` is the answer.
fn read_reports(stdout: impl Read, bar: &ProgressBar) -> Option<f64> {
    let mut sum = None;
    for line in BufReader::new(stdout).lines() {
        let Ok(line) = line else { break };
        if line == PROGRESS {
            bar.inc(1);
        } else if let Some(value) = line.strip_prefix(RESULT) {
            sum = value.parse().ok();
        }
    }
    sum
}
// ANCHOR_END: start

fn read_all(mut pipe: impl Read) -> String {
    let mut bytes = Vec::new();
    let _ = pipe.read_to_end(&mut bytes);
    String::from_utf8_lossy(&bytes).into_owned()
}

impl Running {
    /// The workers' process ids, in unit order.
    pub fn pids(&self) -> Vec<u32> {
        self.workers.iter().map(|w| w.child.0.id()).collect()
    }

    /// How many progress reports worker `index` has sent so far.
    pub fn progress(&self, index: usize) -> u64 {
        self.workers[index].bar.position()
    }

    /// Kills worker `index` now (SIGKILL on Unix), as the OOM killer or a supervisor would.
    pub fn kill(&mut self, index: usize) -> io::Result<()> {
        self.workers[index].child.0.kill()
    }

    // ANCHOR: finish
    /// Waits for every worker, killing any still running `timeout` from now, and collects what
    /// each one sent back. A worker that died or was killed is reported with its status and no
    /// sum; nothing waits on it forever.
    pub fn finish(mut self, timeout: Duration) -> io::Result<Vec<ProcessResult>> {
        let deadline = Instant::now() + timeout;
        let mut results = Vec::new();
        for worker in &mut self.workers {
            let status = wait_or_kill(&mut worker.child.0, deadline)?;
            // The child has exited, so its pipes are closed and the readers end.
            let sum = worker.stdout.take().and_then(|r| r.join().ok()).flatten();
            let stderr = worker.stderr.take().and_then(|r| r.join().ok());
            results.push(ProcessResult {
                label: worker.label.clone(),
                pid: worker.child.0.id(),
                status,
                sum,
                slices: worker.bar.position(),
                stderr: stderr.unwrap_or_default(),
            });
            worker.bar.finish_and_clear();
        }
        Ok(results)
    }
    // ANCHOR_END: finish
}

/// [`start_processes`] then [`Running::finish`]: the seed's `Process(target=calc)` loop.
pub fn run_processes(
    exe: &Path,
    work: Work,
    bars: &Bars,
    timeline: &Arc<Timeline>,
    timeout: Duration,
) -> io::Result<Vec<ProcessResult>> {
    start_processes(exe, work, bars, timeline)?.finish(timeout)
}

/// Starts one worker on `iterations` numbers, kills it after its first progress report (as the
/// OOM killer would), and returns how the parent saw it end.
pub fn kill_one_midway(
    exe: &Path,
    iterations: u64,
    timeout: Duration,
) -> io::Result<ProcessResult> {
    let work = Work {
        units: 1,
        iterations,
    };
    let mut running = start_processes(exe, work, &Bars::hidden(), &Arc::new(Timeline::new()))?;
    let deadline = Instant::now() + timeout;
    while running.progress(0) == 0 && Instant::now() < deadline {
        thread::sleep(Duration::from_millis(1));
    }
    running.kill(0)?;
    let mut results = running.finish(timeout)?;
    Ok(results.remove(0))
}

// ANCHOR: children
/// The process ids of this process's children that still exist (running, or exited and not yet
/// reaped), read from `/proc/<pid>/stat`.
#[cfg(target_os = "linux")]
pub fn live_children() -> io::Result<Vec<u32>> {
    let me = std::process::id();
    let mut children = Vec::new();
    for entry in std::fs::read_dir("/proc")?.flatten() {
        let Some(pid) = entry.file_name().to_str().and_then(|n| n.parse().ok()) else {
            continue;
        };
        let Ok(stat) = std::fs::read_to_string(entry.path().join("stat")) else {
            continue; // it exited while we looked
        };
        // "pid (name) state ppid ...": the name may hold spaces, so split after its last ')'.
        let parent = stat
            .rsplit_once(')')
            .and_then(|(_, rest)| rest.split_whitespace().nth(1))
            .and_then(|ppid| ppid.parse::<u32>().ok());
        if parent == Some(me) {
            children.push(pid);
        }
    }
    Ok(children)
}
// ANCHOR_END: children
