//! Running the learner's tests under limits, so that no answer can hang the runner or eat the
//! machine: a wall clock, a memory limit and bounded output. Whatever the process does, `run`
//! returns, the process and anything it started are killed, and what was kept says why.
//!
//! - **Time:** past its deadline, the process group is killed with `SIGKILL`; just before, the
//!   state of each of its threads is read from `/proc` (running, or blocked and on what).
//! - **Memory:** the child runs under `ulimit -d` (`RLIMIT_DATA`: heap and thread stacks), so an
//!   allocation past the limit fails inside it and Rust aborts with "memory allocation … failed".
//! - **Output:** the first and last few KiB of each stream are kept; past a flood limit the
//!   process is killed.

use std::io::{self, Read};
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::{Arc, Mutex, PoisonError};
use std::thread;
use std::time::{Duration, Instant};

pub use timing::thread_states::{ThreadState, threads_of};

use nix::sys::signal::{Signal, killpg};
use nix::unistd::Pid;

/// What a run may use.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Wall-clock time.
    pub wall: Duration,
    /// Heap and stacks, in bytes.
    pub memory: u64,
    /// Bytes kept at each end of each stream.
    pub keep: usize,
    /// Bytes of output after which the process is killed.
    pub flood: u64,
}

impl Limits {
    /// The defaults of a check: the given time and memory, 16 KiB kept at each end of a stream,
    /// killed past 64 MiB of output.
    pub fn new(wall: Duration, memory: u64) -> Limits {
        Limits {
            wall,
            memory,
            keep: 16 * 1024,
            flood: 64 * 1024 * 1024,
        }
    }
}

/// How a run ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum End {
    /// It exited with this code.
    Exited(i32),
    /// A signal ended it (not ours).
    Signal(i32),
    /// It was still running at the deadline, and was killed.
    TimedOut,
    /// It printed more than the flood limit, and was killed.
    Flooded,
}

/// The start and the end of a stream, and how much was left out between.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Kept {
    /// The first bytes.
    pub head: Vec<u8>,
    /// The last bytes (after `head`, not overlapping it).
    pub tail: Vec<u8>,
    /// Bytes seen in all.
    pub total: u64,
}

impl Kept {
    fn push(&mut self, bytes: &[u8], keep: usize) {
        self.total += bytes.len() as u64;
        let room = keep.saturating_sub(self.head.len());
        let (first, rest) = bytes.split_at(room.min(bytes.len()));
        self.head.extend_from_slice(first);
        self.tail.extend_from_slice(rest);
        if self.tail.len() > keep {
            self.tail.drain(..self.tail.len() - keep);
        }
    }

    /// The text kept, with a line saying how much was left out.
    pub fn text(&self) -> String {
        let left_out = self.total - (self.head.len() + self.tail.len()) as u64;
        let head = String::from_utf8_lossy(&self.head);
        let tail = String::from_utf8_lossy(&self.tail);
        match left_out {
            0 => format!("{head}{tail}"),
            n => format!("{head}\n… {} left out …\n{tail}", bytes(n)),
        }
    }
}

/// `1.5 MiB`, `300 B`.
pub fn bytes(n: u64) -> String {
    match n {
        n if n >= 1 << 30 => format!("{:.1} GiB", n as f64 / (1u64 << 30) as f64),
        n if n >= 1 << 20 => format!("{:.1} MiB", n as f64 / (1u64 << 20) as f64),
        n if n >= 1 << 10 => format!("{:.1} KiB", n as f64 / 1024.0),
        n => format!("{n} B"),
    }
}

/// What a run left.
#[derive(Debug, Clone)]
pub struct Ran {
    /// How it ended.
    pub end: End,
    /// Its standard output, kept.
    pub stdout: Kept,
    /// Its standard error, kept.
    pub stderr: Kept,
    /// Its threads at the deadline (empty unless it timed out).
    pub threads: Vec<ThreadState>,
    /// How long it ran.
    pub took: Duration,
}

/// Runs `program args…` with `env` under `limits`; returns once it has ended or been killed,
/// along with everything in its process group.
pub fn run(program: &Path, args: &[&str], env: &[(&str, &str)], limits: Limits) -> io::Result<Ran> {
    // `ulimit -d` counts KiB; `exec` keeps the pid, so the group's leader is the program itself.
    let mut command = Command::new("sh");
    command
        .arg("-c")
        .arg("ulimit -c 0; ulimit -d \"$0\" || exit 125; exec \"$@\"")
        .arg((limits.memory / 1024).to_string())
        .arg(program)
        .args(args)
        .envs(env.iter().copied())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .process_group(0);
    let started = Instant::now();
    let mut child = command.spawn()?;
    let group = Pid::from_raw(child.id() as i32);
    let total = Arc::new(Mutex::new(0u64));
    let out = keep(child.stdout.take(), limits, &total);
    let err = keep(child.stderr.take(), limits, &total);
    let (end, threads) = wait(&mut child, group, started, limits, &total)?;
    // Whatever it started dies with it: no process is left behind.
    let _ = killpg(group, Signal::SIGKILL);
    let stdout = out.join().unwrap_or_default();
    let stderr = err.join().unwrap_or_default();
    Ok(Ran {
        end,
        stdout,
        stderr,
        threads,
        took: started.elapsed(),
    })
}

fn wait(
    child: &mut Child,
    group: Pid,
    started: Instant,
    limits: Limits,
    total: &Mutex<u64>,
) -> io::Result<(End, Vec<ThreadState>)> {
    loop {
        if let Some(status) = child.try_wait()? {
            return Ok((ended(status), Vec::new()));
        }
        let flooded = *total.lock().unwrap_or_else(PoisonError::into_inner) > limits.flood;
        let late = started.elapsed() >= limits.wall;
        if flooded || late {
            let threads = threads_of(child.id());
            let _ = killpg(group, Signal::SIGKILL);
            child.wait()?;
            let end = if late { End::TimedOut } else { End::Flooded };
            return Ok((end, threads));
        }
        thread::sleep(Duration::from_millis(5));
    }
}

fn ended(status: ExitStatus) -> End {
    use std::os::unix::process::ExitStatusExt;
    match (status.code(), status.signal()) {
        (Some(code), _) => End::Exited(code),
        (None, Some(signal)) => End::Signal(signal),
        (None, None) => End::Exited(-1),
    }
}

fn keep(
    stream: Option<impl Read + Send + 'static>,
    limits: Limits,
    total: &Arc<Mutex<u64>>,
) -> thread::JoinHandle<Kept> {
    let total = Arc::clone(total);
    thread::spawn(move || {
        let mut kept = Kept::default();
        let Some(mut stream) = stream else {
            return kept;
        };
        let mut buffer = vec![0; 64 * 1024];
        while let Ok(n) = stream.read(&mut buffer) {
            if n == 0 {
                break;
            }
            kept.push(&buffer[..n], limits.keep);
            *total.lock().unwrap_or_else(PoisonError::into_inner) += n as u64;
        }
        kept
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kept_output_is_its_head_and_its_tail() {
        let mut kept = Kept::default();
        for _ in 0..100 {
            kept.push(b"0123456789", 15);
        }
        assert_eq!(kept.total, 1000);
        assert_eq!(kept.head, b"012345678901234");
        assert_eq!(kept.tail, b"567890123456789");
        assert!(
            kept.text().contains("… 970 B left out …"),
            "{}",
            kept.text()
        );
    }
}
