use std::process::Command;
use std::time::Duration;

use timing::{Finished, run_with_timeout};

/// How long an end-to-end run may take before it is killed and the test fails.
pub const LESSON_TIMEOUT: Duration = Duration::from_secs(30);

/// Runs the lesson binary `exe` with `args` and `LESSON_TIME_SCALE=scale`, killing it after
/// [`LESSON_TIMEOUT`]; fails the test if it had to be killed.
pub fn run_lesson(exe: &str, args: &[&str], scale: &str) -> Finished {
    run_lesson_within(exe, args, scale, LESSON_TIMEOUT)
}

/// [`run_lesson`], killing the lesson after `timeout`.
fn run_lesson_within(exe: &str, args: &[&str], scale: &str, timeout: Duration) -> Finished {
    let run = run_with_timeout(
        Command::new(exe).args(args).env("LESSON_TIME_SCALE", scale),
        timeout,
    )
    .unwrap_or_else(|error| panic!("cannot run {exe}: {error}"));
    assert!(
        !run.timed_out(),
        "{exe} {args:?} hung and was killed: {run:?}"
    );
    run
}

/// The end-to-end check of one lesson binary: a lesson's `tests/end_to_end.rs` lists only what
/// the run should print.
///
/// [`check`](EndToEnd::check) runs the binary three times:
/// 1. with `args` and the demo sleeps scaled by `scale`: it must exit 0, print each of `prints`
///    on stdout, and write to stderr only the one-line messages of the `panics` it makes on
///    purpose, each containing its text;
/// 2. with `--no-such-flag`: exit code 2, a message naming the flag, no panic;
/// 3. with `LESSON_TIME_SCALE=abc`: one line on stderr naming the variable, nothing on stdout.
///
/// ```no_run
/// lesson_test::EndToEnd::new(env!("CARGO_PKG_NAME")) // in a test: env!("CARGO_BIN_EXE_main-thread")
///     .prints(&["name: Some(\"main\")"])
///     .panics(&["thread 'SecondThread' panicked"])
///     .check();
/// ```
#[derive(Debug, Clone)]
#[must_use = "nothing is checked until `check` is called"]
pub struct EndToEnd {
    exe: String,
    args: Vec<String>,
    scale: String,
    prints: Vec<String>,
    panics: Vec<String>,
    usage_errors: Vec<(Vec<String>, String)>,
    timeout: Duration,
}

impl EndToEnd {
    /// The lesson binary at `exe`, run with no arguments and `LESSON_TIME_SCALE=0.01`.
    pub fn new(exe: &str) -> Self {
        EndToEnd {
            exe: exe.to_string(),
            args: Vec::new(),
            scale: "0.01".to_string(),
            prints: Vec::new(),
            panics: Vec::new(),
            usage_errors: vec![(vec!["--no-such-flag".into()], "--no-such-flag".into())],
            timeout: LESSON_TIMEOUT,
        }
    }

    /// Runs the lesson with these arguments.
    pub fn args(mut self, args: &[&str]) -> Self {
        self.args = args.iter().map(|a| a.to_string()).collect();
        self
    }

    /// Scales the demo sleeps by `scale` instead of 0.01.
    pub fn scale(mut self, scale: &str) -> Self {
        self.scale = scale.to_string();
        self
    }

    /// Kills the lesson's run after `timeout` instead of [`LESSON_TIMEOUT`] (a lesson that may
    /// have to build something first).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// Stdout must contain each of these.
    pub fn prints(mut self, expected: &[&str]) -> Self {
        self.prints.extend(expected.iter().map(|e| e.to_string()));
        self
    }

    /// The lesson panics on purpose once per entry; stderr holds exactly these one-line panic
    /// messages (as `timing::narrate::short_panic_messages` prints them), each containing its text.
    pub fn panics(mut self, expected: &[&str]) -> Self {
        self.panics.extend(expected.iter().map(|e| e.to_string()));
        self
    }

    /// `args` must also be a usage error (exit 2, no panic) whose message names `flag`.
    pub fn usage_error(mut self, args: &[&str], flag: &str) -> Self {
        self.usage_errors
            .push((args.iter().map(|a| a.to_string()).collect(), flag.into()));
        self
    }

    /// Runs every check, failing the test at the first one that does not hold. Returns the
    /// lesson's run for any further checks. (The short runs, bad flags and a bad time scale, run
    /// while the lesson does.)
    pub fn check(self) -> Finished {
        let args: Vec<&str> = self.args.iter().map(String::as_str).collect();
        let exe = self.exe.as_str();
        let (run, usage_errors, bad_scale) = std::thread::scope(|s| {
            let usage_errors: Vec<_> = self
                .usage_errors
                .iter()
                .map(|(args, flag)| {
                    s.spawn(move || {
                        let args: Vec<&str> = args.iter().map(String::as_str).collect();
                        (args.join(" "), flag, run_lesson(exe, &args, "1"))
                    })
                })
                .collect();
            let bad_scale = s.spawn(|| run_lesson(exe, &[], "abc"));
            let run = run_lesson_within(exe, &args, &self.scale, self.timeout);
            let usage_errors: Vec<_> = usage_errors.into_iter().map(join).collect();
            (run, usage_errors, join(bad_scale))
        });
        assert!(run.success(), "{run:?}");
        for line in &self.prints {
            assert!(
                run.stdout.contains(line.as_str()),
                "missing {line:?} in:\n{}",
                run.stdout
            );
        }
        let lines: Vec<&str> = run.stderr.lines().collect();
        assert_eq!(
            lines.len(),
            self.panics.len(),
            "stderr holds one line per deliberate panic, and nothing else:\n{}",
            run.stderr
        );
        for (line, text) in lines.iter().zip(&self.panics) {
            assert!(line.contains("panicked"), "not a panic message: {line:?}");
            assert!(
                run.stderr.contains(text.as_str()),
                "missing {text:?} in:\n{}",
                run.stderr
            );
        }
        for (args, flag, bad) in usage_errors {
            assert_eq!(
                bad.status.and_then(|s| s.code()),
                Some(2),
                "{args}: {bad:?}"
            );
            assert!(
                bad.stderr.contains(flag.as_str()),
                "stderr does not name {flag}: {}",
                bad.stderr
            );
            assert!(!bad.stderr.contains("panicked"), "{}", bad.stderr);
        }
        assert!(!bad_scale.success(), "{bad_scale:?}");
        assert_eq!(bad_scale.stderr.lines().count(), 1, "{}", bad_scale.stderr);
        assert!(
            bad_scale.stderr.contains("LESSON_TIME_SCALE"),
            "{}",
            bad_scale.stderr
        );
        assert!(
            bad_scale.stdout.is_empty(),
            "printed before the error: {}",
            bad_scale.stdout
        );
        run
    }
}

/// The value of a scoped thread, or its panic, passed on.
fn join<T>(handle: std::thread::ScopedJoinHandle<'_, T>) -> T {
    handle
        .join()
        .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
}
