use std::io::{self, BufReader};
use std::path::Path;
use std::process::{Child, ExitStatus, Stdio};

use timing::scenario;

use crate::child::Report;

// ANCHOR: reaper
/// A child process that is killed (if it still runs) and reaped when this is dropped: on every
/// path out of a function, early `?` returns and panics included, no child is left behind.
#[derive(Debug)]
pub struct Reaper(pub Child);

impl Drop for Reaper {
    fn drop(&mut self) {
        if let Ok(None) = self.0.try_wait() {
            let _ = self.0.kill();
        }
        let _ = self.0.wait(); // reaped: no zombie
    }
}
// ANCHOR_END: reaper

/// How a worker killed midway by [`kill_one_midway`] ended.
#[derive(Debug)]
pub struct Killed {
    /// Its process id (reaped: it no longer exists).
    pub pid: u32,
    /// How it ended: killed by a signal.
    pub status: ExitStatus,
    /// How many of the [`SLICES`](crate::SLICES) progress reports arrived.
    pub slices: u64,
    /// The sum it sent back, if it got that far (it does not).
    pub sum: Option<f64>,
}

// ANCHOR: kill_midway
/// Starts one `sqrt` worker over `iterations` numbers, kills it after its first progress report
/// (as the OOM killer or `kill -9` would), and returns how the parent saw it end.
pub fn kill_one_midway(exe: &Path, iterations: u64) -> io::Result<Killed> {
    let n = iterations.to_string();
    let mut child = Reaper(
        scenario::command(exe, "sqrt", &[&n])
            .stdout(Stdio::piped())
            .spawn()?,
    );
    let mut reports = scenario::reports(BufReader::new(child.0.stdout.take().expect("piped")));
    let first = reports.next();
    child.0.kill()?;
    // What it wrote before it died is still in the pipe; then the pipe closes: no hang.
    let (mut slices, mut sum) = (0, None);
    for report in first.into_iter().chain(reports) {
        match report {
            Report::Progress => slices += 1,
            Report::Sum(value) => sum = Some(value),
        }
    }
    let status = child.0.wait()?;
    Ok(Killed {
        pid: child.0.id(),
        status,
        slices,
        sum,
    })
}
// ANCHOR_END: kill_midway

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
