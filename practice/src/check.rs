//! A check: build the exercise's tests with cargo, then run each test in a process of its own
//! under [`crate::limits`], and say what happened ([`Verdict`]).
//!
//! Running one test per process costs little (a test binary starts in milliseconds) and makes
//! every verdict precise: the test that hung, crashed or ran out of memory is named, the others
//! still report, and a hung test is killed alone.

use std::io;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use serde::Deserialize;

use crate::limits::{self, End, Limits, Ran, ThreadState};

/// What a check found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// Every test passed.
    Solved {
        /// The timeline of the learner's threads that a test printed, if any.
        threads: Option<String>,
    },
    /// The code did not compile: the compiler's errors.
    DoesNotCompile(String),
    /// Some tests failed: each one's reason, whole, and its output.
    Failed(Vec<Failure>),
    /// A test was still running at the time limit.
    Stuck(Box<Stuck>),
    /// A test ran out of memory.
    OutOfMemory {
        /// The test.
        test: String,
        /// The limit, in bytes.
        limit: u64,
        /// The last of its output.
        output: String,
    },
    /// A test's process died: an abort, a stack overflow, a signal, an exit mid-test.
    Crashed {
        /// The test.
        test: String,
        /// What happened, in words.
        what: String,
        /// The last of its output.
        output: String,
    },
    /// A test printed more than the runner keeps reading.
    Flooded {
        /// The test.
        test: String,
        /// How much it printed before it was stopped, in bytes.
        printed: u64,
        /// The last of its output.
        output: String,
    },
}

/// One failing test.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    /// Its name.
    pub test: String,
    /// Every panic message, whole: the assertion that failed, and any thread that panicked.
    pub reason: String,
    /// What it printed otherwise (capped).
    pub output: String,
}

/// A test that did not finish.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stuck {
    /// The test.
    pub test: String,
    /// How long the check may run, all tests together.
    pub limit: Duration,
    /// Its threads when it was stopped.
    pub threads: Vec<ThreadState>,
    /// The timeline's spans that started and never ended: `(thread, label)`.
    pub open_spans: Vec<(String, String)>,
    /// The last of its output.
    pub output: String,
}

impl Verdict {
    /// Whether every test passed.
    pub fn solved(&self) -> bool {
        matches!(self, Verdict::Solved { .. })
    }

    /// A word for the kind of verdict: `solved`, `compile`, `failed`, `stuck`, `memory`,
    /// `crashed`, `flooded`.
    pub fn kind(&self) -> &'static str {
        match self {
            Verdict::Solved { .. } => "solved",
            Verdict::DoesNotCompile(_) => "compile",
            Verdict::Failed(_) => "failed",
            Verdict::Stuck(_) => "stuck",
            Verdict::OutOfMemory { .. } => "memory",
            Verdict::Crashed { .. } => "crashed",
            Verdict::Flooded { .. } => "flooded",
        }
    }
}

/// Where and how to check: the workspace, the package, and its limits.
#[derive(Debug, Clone)]
pub struct Check {
    /// The workspace's `Cargo.toml`.
    pub manifest: PathBuf,
    /// The exercise's package.
    pub package: String,
    /// Where cargo builds, if not the workspace's own `target/`.
    pub target_dir: Option<PathBuf>,
    /// How long all the tests together may run.
    pub time_limit: Duration,
    /// How much memory one test may use, in bytes.
    pub memory_limit: u64,
}

impl Check {
    /// Builds the tests, then runs them.
    pub fn run(&self) -> io::Result<Verdict> {
        match self.build()? {
            Ok(executables) => run_tests(&executables, self.time_limit, self.memory_limit),
            Err(errors) => Ok(Verdict::DoesNotCompile(errors)),
        }
    }

    /// Builds the package's test executables: their paths, or the compiler's errors.
    pub fn build(&self) -> io::Result<Result<Vec<PathBuf>, String>> {
        let mut args: Vec<String> =
            vec!["test".into(), "--no-run".into(), "--manifest-path".into()];
        args.push(self.manifest.display().to_string());
        args.extend([
            "-p".into(),
            self.package.clone(),
            "--message-format=json".into(),
        ]);
        if let Some(dir) = &self.target_dir {
            args.extend(["--target-dir".into(), dir.display().to_string()]);
        }
        let ran = cargo(&args)?;
        Ok(read_build(&ran))
    }
}

/// Runs cargo with `args`, bounded (ten minutes: one exercise's build) but with no memory limit
/// of the learner's.
pub fn cargo(args: &[String]) -> io::Result<Ran> {
    cargo_with(args, &[], Duration::from_secs(600))
}

/// [`cargo`] with more environment variables, bounded by `time_limit`.
pub fn cargo_with(args: &[String], env: &[(&str, &str)], time_limit: Duration) -> io::Result<Ran> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let limits = Limits {
        keep: 64 * 1024 * 1024,
        flood: u64::MAX,
        ..Limits::new(time_limit, 64 << 30)
    };
    let mut all = vec![("CARGO_TERM_COLOR", "never")];
    all.extend_from_slice(env);
    limits::run(&which(&cargo), &args, &all, limits)
}

fn which(program: &str) -> PathBuf {
    if program.contains('/') {
        return program.into();
    }
    let path = std::env::var_os("PATH").unwrap_or_default();
    std::env::split_paths(&path)
        .map(|dir| dir.join(program))
        .find(|candidate| candidate.is_file())
        .unwrap_or_else(|| program.into())
}

#[derive(Deserialize)]
struct Message {
    reason: String,
    #[serde(default)]
    executable: Option<PathBuf>,
    #[serde(default)]
    profile: Option<Profile>,
    #[serde(default)]
    message: Option<Diagnostic>,
}

#[derive(Deserialize)]
struct Profile {
    test: bool,
}

#[derive(Deserialize)]
struct Diagnostic {
    level: String,
    rendered: Option<String>,
}

/// The test executables of cargo's JSON messages, or the errors it rendered.
pub fn read_build(ran: &Ran) -> Result<Vec<PathBuf>, String> {
    let stdout = ran.stdout.text();
    let mut executables = Vec::new();
    let mut errors = Vec::new();
    for line in stdout.lines() {
        let Ok(message) = serde_json::from_str::<Message>(line) else {
            continue;
        };
        match message.reason.as_str() {
            "compiler-artifact" if message.profile.is_some_and(|p| p.test) => {
                executables.extend(message.executable);
            }
            "compiler-message" => {
                if let Some(d) = message.message.filter(|d| d.level == "error") {
                    errors.extend(d.rendered);
                }
            }
            _ => {}
        }
    }
    if ran.end == End::Exited(0) {
        return Ok(executables);
    }
    if errors.is_empty() {
        errors.push(ran.stderr.text());
    }
    Err(errors.join("\n").trim().to_string())
}

/// Runs every test of `executables`, each alone, sharing `time_limit`.
pub fn run_tests(
    executables: &[PathBuf],
    time_limit: Duration,
    memory: u64,
) -> io::Result<Verdict> {
    let started = Instant::now();
    let mut failures = Vec::new();
    let mut threads = None;
    for executable in executables {
        for test in list(executable)? {
            let left = time_limit.saturating_sub(started.elapsed());
            match test_once(executable, &test, left, time_limit, memory, &[])? {
                Outcome::Passed(chart) => threads = threads.or(chart),
                Outcome::Failed(failure) => failures.push(failure),
                Outcome::Over(verdict) => return Ok(verdict),
            }
        }
    }
    Ok(match failures.is_empty() {
        true => Verdict::Solved { threads },
        false => Verdict::Failed(failures),
    })
}

/// Runs one test of `executable` alone, with `env` added, under `left` of the check's
/// `time_limit` and `memory`: its verdict.
pub fn run_test(
    executable: &Path,
    test: &str,
    time_limit: Duration,
    memory: u64,
    env: &[(&str, &str)],
) -> io::Result<Verdict> {
    Ok(
        match test_once(executable, test, time_limit, time_limit, memory, env)? {
            Outcome::Passed(threads) => Verdict::Solved { threads },
            Outcome::Failed(failure) => Verdict::Failed(vec![failure]),
            Outcome::Over(verdict) => verdict,
        },
    )
}

fn test_once(
    executable: &Path,
    test: &str,
    left: Duration,
    time_limit: Duration,
    memory: u64,
    env: &[(&str, &str)],
) -> io::Result<Outcome> {
    let spans = tempfile::NamedTempFile::new()?;
    let ran = run_one(
        executable,
        test,
        spans.path(),
        Limits::new(left, memory),
        env,
    )?;
    Ok(judge(test, &ran, time_limit, memory, spans.path()))
}

/// The names of the tests in one executable.
fn list(executable: &Path) -> io::Result<Vec<String>> {
    let output = Command::new(executable)
        .args(["--list", "--format", "terse"])
        .output()?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    Ok(stdout
        .lines()
        .filter_map(|l| l.strip_suffix(": test"))
        .map(str::to_string)
        .collect())
}

fn run_one(
    executable: &Path,
    test: &str,
    spans: &Path,
    limits: Limits,
    extra: &[(&str, &str)],
) -> io::Result<Ran> {
    let spans = spans.display().to_string();
    let args = [
        test,
        "--exact",
        "--nocapture",
        "--test-threads",
        "1",
        "--color",
        "never",
    ];
    let mut env = vec![("RUST_BACKTRACE", "0"), (timing::live::VAR, spans.as_str())];
    env.extend_from_slice(extra);
    limits::run(executable, &args, &env, limits)
}

enum Outcome {
    Passed(Option<String>),
    Failed(Failure),
    Over(Verdict),
}

fn judge(test: &str, ran: &Ran, time_limit: Duration, memory: u64, spans: &Path) -> Outcome {
    let stdout = ran.stdout.text();
    let stderr = ran.stderr.text();
    let output = || last_lines(&format!("{}{stderr}", own_output(&stdout)), 20);
    let test = test.to_string();
    match ran.end {
        // A thread the test left running can print between libtest's writes, even inside
        // "test result: ok. 1 passed; ...". The counts are one write, so they stay whole.
        End::Exited(0)
            if stdout.contains("test result: ok.") || stdout.contains(" passed; 0 failed;") =>
        {
            Outcome::Passed(threads(&own_output(&stdout)))
        }
        End::Exited(101) if stderr.contains("panicked at") => Outcome::Failed(Failure {
            test,
            reason: panics(&stderr),
            output: last_lines(&own_output(&stdout), 30),
        }),
        End::TimedOut => Outcome::Over(Verdict::Stuck(Box::new(Stuck {
            test,
            limit: time_limit,
            threads: ran.threads.clone(),
            open_spans: timing::live::unclosed(&std::fs::read_to_string(spans).unwrap_or_default()),
            output: output(),
        }))),
        End::Flooded => Outcome::Over(Verdict::Flooded {
            test,
            printed: ran.stdout.total + ran.stderr.total,
            output: last_lines(&own_output(&stdout), 5),
        }),
        _ if stderr.contains("memory allocation of") || stderr.contains("out of memory") => {
            Outcome::Over(Verdict::OutOfMemory {
                test,
                limit: memory,
                output: output(),
            })
        }
        End::Signal(signal) => Outcome::Over(Verdict::Crashed {
            test,
            what: crash(signal, &stderr),
            output: output(),
        }),
        End::Exited(code) => Outcome::Over(Verdict::Crashed {
            test,
            what: format!(
                "the test process exited with code {code} before the test ended: does your code \
                 call `std::process::exit` (Python's `os._exit`)?"
            ),
            output: output(),
        }),
    }
}

fn crash(signal: i32, stderr: &str) -> String {
    let name = match signal {
        6 => "SIGABRT",
        9 => "SIGKILL",
        11 => "SIGSEGV",
        4 => "SIGILL",
        7 => "SIGBUS",
        8 => "SIGFPE",
        _ => "a signal",
    };
    if stderr.contains("has overflowed its stack") {
        format!(
            "a stack overflow ({name}): a recursion with no end? Python would raise RecursionError; Rust aborts the whole process"
        )
    } else if stderr.contains("panicked while processing panic")
        || stderr.contains("panic in a function that cannot unwind")
    {
        format!("a panic during a panic ({name}), e.g. in a `Drop` while unwinding: Rust aborts")
    } else if signal == 6 {
        format!("it aborted ({name}): `std::process::abort`, or a panic that could not unwind")
    } else if signal == 9 {
        format!("it was killed ({name}) from outside: by the system, short of memory?")
    } else {
        format!("it was ended by signal {signal} ({name})")
    }
}

/// Every panic message in `stderr`, whole, in order.
pub fn panics(stderr: &str) -> String {
    let mut kept = Vec::new();
    let mut inside = false;
    for line in stderr.lines() {
        if line.starts_with("thread '") && line.contains("panicked at") {
            inside = true;
        } else if line.starts_with("note: run with `RUST_BACKTRACE") {
            inside = false;
            continue;
        }
        if inside {
            kept.push(line);
        }
    }
    kept.join("\n").trim().to_string()
}

/// What a test printed, without libtest's own lines. (With `--nocapture`, libtest writes
/// `test name ... ` before the test runs, so the test's first line follows it, and its verdict
/// comes on a line of its own.)
fn own_output(stdout: &str) -> String {
    let mut kept = Vec::new();
    for line in stdout.lines() {
        let line = match line
            .strip_prefix("test ")
            .and_then(|l| l.split_once(" ... "))
        {
            Some((_, rest)) => rest,
            None => line,
        };
        let libtest = line.starts_with("running ")
            || matches!(line.trim(), "ok" | "FAILED" | "failures:" | "")
            || line.starts_with("test result:")
            || (line.starts_with("    ") && !line.trim().contains(' '));
        if !libtest {
            kept.push(line);
        }
    }
    kept.join("\n")
}

fn last_lines(text: &str, most: usize) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let skip = lines.len().saturating_sub(most);
    let mut kept = lines[skip..].join("\n");
    if skip > 0 {
        kept = format!("… {skip} earlier lines\n{kept}");
    }
    kept
}

/// The timeline a passing test printed after a `your threads:` line, if any.
pub fn threads(stdout: &str) -> Option<String> {
    let mut lines = stdout.lines();
    lines.find(|l| l.trim() == "your threads:")?;
    let chart: Vec<&str> = lines
        .take_while(|l| l.contains('|') || l.starts_with('…'))
        .collect();
    (!chart.is_empty()).then(|| chart.join("\n"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::limits::Kept;

    fn ran(end: End, stdout: &str, stderr: &str) -> Ran {
        let kept = |s: &str| Kept {
            head: s.as_bytes().to_vec(),
            tail: Vec::new(),
            total: s.len() as u64,
        };
        Ran {
            end,
            stdout: kept(stdout),
            stderr: kept(stderr),
            threads: Vec::new(),
            took: Duration::ZERO,
        }
    }

    fn verdict(end: End, stdout: &str, stderr: &str) -> Verdict {
        let none = Path::new("/nonexistent");
        match judge(
            "t",
            &ran(end, stdout, stderr),
            Duration::from_secs(15),
            1 << 30,
            none,
        ) {
            Outcome::Over(verdict) => verdict,
            Outcome::Failed(failure) => Verdict::Failed(vec![failure]),
            Outcome::Passed(threads) => Verdict::Solved { threads },
        }
    }

    #[test]
    fn a_failure_keeps_every_panic_whole_and_the_output_apart() {
        let stdout = "\nrunning 1 test\nprinted by the test\ntest t ... FAILED\n\nfailures:\n\nfailures:\n    t\n\ntest result: FAILED. 0 passed; 1 failed\n";
        let stderr = "thread 'worker' panicked at src/lib.rs:3:5:\nboom\nthread 't' panicked at tests/grade.rs:9:5:\nassertion `left == right` failed: the timer stopped early\n  left: 0\n right: 5\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n";
        let Verdict::Failed(failures) = verdict(End::Exited(101), stdout, stderr) else {
            panic!("a failure")
        };
        let failure = &failures[0];
        assert!(
            failure.reason.starts_with("thread 'worker' panicked"),
            "{}",
            failure.reason
        );
        assert!(failure.reason.ends_with("right: 5"), "{}", failure.reason);
        assert_eq!(failure.output, "printed by the test");
    }

    #[test]
    fn each_way_of_dying_has_its_verdict() {
        let oom = "memory allocation of 1073741824 bytes failed\n";
        assert_eq!(verdict(End::Signal(6), "", oom).kind(), "memory");
        let overflow =
            "\nthread 't' has overflowed its stack\nfatal runtime error: stack overflow\n";
        let Verdict::Crashed { what, .. } = verdict(End::Signal(6), "", overflow) else {
            panic!("a crash")
        };
        assert!(what.starts_with("a stack overflow"), "{what}");
        let Verdict::Crashed { what, .. } = verdict(End::Signal(6), "", "") else {
            panic!("a crash")
        };
        assert!(what.contains("abort"), "{what}");
        let Verdict::Crashed { what, .. } = verdict(End::Exited(3), "", "") else {
            panic!("a crash")
        };
        assert!(what.contains("process::exit"), "{what}");
        assert_eq!(verdict(End::TimedOut, "", "").kind(), "stuck");
        assert_eq!(verdict(End::Flooded, "yyyy", "").kind(), "flooded");
        let passed =
            "running 1 test\ntest t ... your threads:\n |0 1 s|\nok\n\ntest result: ok. 1 passed\n";
        let Verdict::Solved { threads } = verdict(End::Exited(0), passed, "") else {
            panic!("solved")
        };
        assert_eq!(
            threads.as_deref(),
            Some(" |0 1 s|"),
            "the chart, after libtest's prefix"
        );
        assert_eq!(
            verdict(End::Exited(0), "", "").kind(),
            "crashed",
            "exit(0) mid-test"
        );
        // Seen in verify: a detached thread of 03-fix-seed-timer's stub printed mid-summary.
        let interleaved = "running 1 test\ntest t ... okAbout to sleep for 50ms....\n\n\
                           test result: okAbout to sleep for 10ms....\n\
                           . 1 passed; 0 failed; 0 ignored; 0 measured; 1 filtered out\n";
        assert_eq!(verdict(End::Exited(0), interleaved, "").kind(), "solved");
    }

    #[test]
    fn finds_the_timeline_a_test_printed() {
        let stdout = "your threads:\n   |0   1 s|\nt1 |██··| 0 → 1 s\n\ntest shows ... ok\n";
        assert_eq!(
            threads(stdout).as_deref(),
            Some("   |0   1 s|\nt1 |██··| 0 → 1 s")
        );
        assert_eq!(threads("nothing here"), None);
    }
}
