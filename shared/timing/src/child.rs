use std::io::{self, BufRead, BufReader, Read};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::mpsc;
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// How a child process run by [`run_with_timeout`] ended.
#[derive(Debug)]
pub struct Finished {
    /// The child's process id (already reaped: it no longer exists when you read this).
    pub pid: u32,
    /// The exit status, or `None` if the child was killed because it ran out of time.
    pub status: Option<ExitStatus>,
    /// Everything the child wrote to stdout.
    pub stdout: String,
    /// Everything the child wrote to stderr.
    pub stderr: String,
    /// How long the child ran.
    pub elapsed: Duration,
}

impl Finished {
    /// True if the child had to be killed because it did not finish in time.
    pub fn timed_out(&self) -> bool {
        self.status.is_none()
    }

    /// True if the child finished in time and exited with code 0.
    pub fn success(&self) -> bool {
        self.status.is_some_and(|s| s.success())
    }
}

/// Runs `command` as a child process with stdin closed, capturing stdout and stderr; if it has
/// not exited after `timeout`, kills it and waits for it, so no child is ever left behind.
///
/// Lessons use it for whatever may hang or crash: a real deadlock, a thread that calls
/// `process::abort`, a program that exits while its threads still run.
///
/// ```
/// use std::process::Command;
/// use std::time::Duration;
///
/// let done = timing::run_with_timeout(Command::new("sh").args(["-c", "echo hi"]), Duration::from_secs(5)).unwrap();
/// assert!(done.success());
/// assert_eq!(done.stdout, "hi\n");
///
/// let stuck = timing::run_with_timeout(Command::new("sleep").arg("10"), Duration::from_millis(50)).unwrap();
/// assert!(stuck.timed_out());
/// ```
pub fn run_with_timeout(command: &mut Command, timeout: Duration) -> io::Result<Finished> {
    Watched::start(command)?.finish(timeout)
}

/// A child process watched while it runs: started like [`run_with_timeout`] (stdin closed,
/// stdout and stderr captured), so the parent can wait for a line it writes, act (send a
/// signal, give it a last moment), then [`finish`](Watched::finish) it, which kills it if it
/// still runs and always reaps it. Dropped unfinished, it is killed and reaped too.
///
/// ```
/// use std::process::Command;
/// use std::time::Duration;
///
/// let mut child = timing::Watched::start(
///     Command::new("sh").args(["-c", "echo ready; exec sleep 10"]),
/// ).unwrap();
/// assert!(child.wait_for_line(Duration::from_secs(5), |line| line == "ready"));
/// let run = child.finish(Duration::from_millis(50)).unwrap(); // it is still asleep: killed
/// assert!(run.timed_out());
/// assert_eq!(run.stdout, "ready\n");
/// ```
#[derive(Debug)]
pub struct Watched {
    child: Option<Child>,
    pid: u32,
    start: Instant,
    lines: mpsc::Receiver<String>,
    stdout: Option<JoinHandle<String>>,
    stderr: Option<JoinHandle<String>>,
}

impl Watched {
    /// Starts `command` with stdin closed and its output captured.
    pub fn start(command: &mut Command) -> io::Result<Watched> {
        let start = Instant::now();
        let mut child = command
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()?;
        let (line, lines) = mpsc::channel();
        let stdout = read_in_background(child.stdout.take(), Some(line));
        let stderr = read_in_background(child.stderr.take(), None);
        Ok(Watched {
            pid: child.id(),
            child: Some(child),
            start,
            lines,
            stdout: Some(stdout),
            stderr: Some(stderr),
        })
    }

    /// The child's process id.
    pub fn id(&self) -> u32 {
        self.pid
    }

    /// Waits until the child writes a line on stdout (without its newline) for which `wanted`
    /// holds: true. False if the child closes its stdout (it ended) or `timeout` passes first.
    pub fn wait_for_line(
        &mut self,
        timeout: Duration,
        mut wanted: impl FnMut(&str) -> bool,
    ) -> bool {
        let deadline = Instant::now() + timeout;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.lines.recv_timeout(left) {
                Ok(line) if wanted(line.trim_end_matches(['\n', '\r'])) => return true,
                Ok(_) => {}
                Err(_) => return false,
            }
        }
    }

    /// Waits for the child to exit, for at most `timeout`; kills it if it is still running
    /// then. Either way it is reaped (no zombie, no orphan), and everything it wrote is returned.
    pub fn finish(mut self, timeout: Duration) -> io::Result<Finished> {
        let mut child = self.child.take().expect("finished once");
        let deadline = Instant::now() + timeout;
        let status = loop {
            if let Some(status) = child.try_wait()? {
                break Some(status);
            }
            if Instant::now() >= deadline {
                child.kill()?;
                child.wait()?; // reap it: no zombie, no orphan
                break None;
            }
            std::thread::sleep(Duration::from_millis(2));
        };
        let elapsed = self.start.elapsed();
        let output = |reader: Option<JoinHandle<String>>| {
            reader.and_then(|r| r.join().ok()).unwrap_or_default()
        };
        Ok(Finished {
            pid: self.pid,
            status,
            stdout: output(self.stdout.take()),
            stderr: output(self.stderr.take()),
            elapsed,
        })
    }
}

impl Drop for Watched {
    fn drop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

/// Whether process `pid` still exists: `Some(true)` or `Some(false)` on Linux (from `/proc`), `None`
/// where this cannot be told. Lessons use it to show no child process was left behind.
///
/// ```
/// # #[cfg(target_os = "linux")]
/// assert_eq!(timing::process_exists(std::process::id()), Some(true));
/// ```
pub fn process_exists(pid: u32) -> Option<bool> {
    if cfg!(target_os = "linux") {
        Some(std::path::Path::new(&format!("/proc/{pid}")).exists())
    } else {
        None
    }
}

/// Reads `pipe` to its end on a thread of its own (a child blocked writing a full pipe would
/// otherwise never exit), sending each line on to `lines` if given; returns all it read.
fn read_in_background(
    pipe: Option<impl Read + Send + 'static>,
    lines: Option<mpsc::Sender<String>>,
) -> JoinHandle<String> {
    std::thread::spawn(move || {
        let mut all = Vec::new();
        if let Some(pipe) = pipe {
            let mut pipe = BufReader::new(pipe);
            let mut line = Vec::new();
            while matches!(pipe.read_until(b'\n', &mut line), Ok(n) if n > 0) {
                if let Some(lines) = &lines {
                    let _ = lines.send(String::from_utf8_lossy(&line).into_owned());
                }
                all.append(&mut line);
            }
        }
        String::from_utf8_lossy(&all).into_owned()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn captures_both_streams_and_the_exit_code() {
        let done = run_with_timeout(
            Command::new("sh").args(["-c", "echo out; echo err >&2; exit 3"]),
            Duration::from_secs(5),
        )
        .unwrap();
        assert_eq!(done.stdout, "out\n");
        assert_eq!(done.stderr, "err\n");
        assert_eq!(done.status.unwrap().code(), Some(3));
        assert!(!done.success());
    }

    #[test]
    fn kills_what_runs_too_long() {
        let done =
            run_with_timeout(Command::new("sleep").arg("30"), Duration::from_millis(100)).unwrap();
        assert!(done.timed_out());
        assert!(done.elapsed < Duration::from_secs(5));
        assert_ne!(
            process_exists(done.pid),
            Some(true),
            "the killed child was reaped"
        );
    }

    #[test]
    fn a_missing_program_is_an_error_not_a_panic() {
        assert!(
            run_with_timeout(
                &mut Command::new("/no/such/program"),
                Duration::from_secs(1)
            )
            .is_err()
        );
    }
}
