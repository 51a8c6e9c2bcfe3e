use std::io::{self, Read};
use std::process::{Command, ExitStatus, Stdio};
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
    let start = Instant::now();
    let mut child = command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()?;
    let pid = child.id();
    let stdout = read_in_background(child.stdout.take());
    let stderr = read_in_background(child.stderr.take());

    let status = loop {
        if let Some(status) = child.try_wait()? {
            break Some(status);
        }
        if start.elapsed() >= timeout {
            child.kill()?;
            child.wait()?; // reap it: no zombie, no orphan
            break None;
        }
        std::thread::sleep(Duration::from_millis(2));
    };
    let elapsed = start.elapsed();
    Ok(Finished {
        pid,
        status,
        stdout: stdout.join().unwrap_or_default(),
        stderr: stderr.join().unwrap_or_default(),
        elapsed,
    })
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

fn read_in_background(pipe: Option<impl Read + Send + 'static>) -> std::thread::JoinHandle<String> {
    std::thread::spawn(move || {
        let mut text = String::new();
        if let Some(mut pipe) = pipe {
            let mut bytes = Vec::new();
            let _ = pipe.read_to_end(&mut bytes);
            text = String::from_utf8_lossy(&bytes).into_owned();
        }
        text
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
