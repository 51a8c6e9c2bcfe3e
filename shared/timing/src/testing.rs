//! What every lesson's `tests/end_to_end.rs` checks, written once: run the lesson's binary the way
//! a learner does (bounded, so a hang fails instead of blocking the suite), and check clap's and
//! `LESSON_TIME_SCALE`'s errors.
//!
//! ```no_run
//! use timing::testing::*;
//!
//! const LESSON: &str = env!("CARGO_PKG_NAME"); // in a test: env!("CARGO_BIN_EXE_main-thread")
//!
//! let run = run_lesson(LESSON, &[], "0.01");
//! assert!(run.success(), "{run:?}");
//! assert_prints(&run, &["name: Some(\"main\")"]);
//! assert_usage_error(LESSON, &["--no-such-flag"], "--no-such-flag");
//! assert_rejects_bad_time_scale(LESSON);
//! ```

use std::process::Command;
use std::time::Duration;

use crate::{Finished, run_with_timeout};

/// How long an end-to-end run may take before it is killed and the test fails.
pub const LESSON_TIMEOUT: Duration = Duration::from_secs(30);

/// Runs the lesson binary `exe` with `args` and `LESSON_TIME_SCALE=scale`, killing it after
/// [`LESSON_TIMEOUT`].
pub fn run_lesson(exe: &str, args: &[&str], scale: &str) -> Finished {
    let run = run_with_timeout(
        Command::new(exe).args(args).env("LESSON_TIME_SCALE", scale),
        LESSON_TIMEOUT,
    )
    .unwrap_or_else(|error| panic!("cannot run {exe}: {error}"));
    assert!(
        !run.timed_out(),
        "{exe} {args:?} hung and was killed: {run:?}"
    );
    run
}

/// Asserts that the run's stdout contains every one of `expected`, naming the first missing one.
pub fn assert_prints(run: &Finished, expected: &[&str]) {
    for line in expected {
        assert!(
            run.stdout.contains(line),
            "missing {line:?} in:\n{}",
            run.stdout
        );
    }
}

/// Asserts that stderr holds exactly `count` lines, each a one-line panic message (what
/// [`narrate::short_panic_messages`](crate::narrate::short_panic_messages) prints for a panic a
/// lesson makes on purpose), and that it contains each of `expected`.
pub fn assert_deliberate_panics(run: &Finished, count: usize, expected: &[&str]) {
    let lines: Vec<&str> = run.stderr.lines().collect();
    assert_eq!(
        lines.len(),
        count,
        "one line per deliberate panic:\n{}",
        run.stderr
    );
    for line in &lines {
        assert!(line.contains("panicked"), "not a panic message: {line:?}");
    }
    for text in expected {
        assert!(
            run.stderr.contains(text),
            "missing {text:?} in:\n{}",
            run.stderr
        );
    }
}

/// Asserts that `exe args` is a usage error: exit code 2 and a message on stderr that names
/// `flag`, as clap gives, with no panic. Returns the run for any further checks.
pub fn assert_usage_error(exe: &str, args: &[&str], flag: &str) -> Finished {
    let run = run_lesson(exe, args, "1");
    assert_eq!(run.status.and_then(|s| s.code()), Some(2), "{run:?}");
    assert!(
        run.stderr.contains(flag),
        "stderr does not name {flag}: {}",
        run.stderr
    );
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    run
}

/// Asserts that a bad `LESSON_TIME_SCALE` stops the lesson with one clear line on stderr, before
/// it prints anything.
pub fn assert_rejects_bad_time_scale(exe: &str) {
    let run = run_lesson(exe, &[], "abc");
    assert!(!run.success(), "{run:?}");
    assert_eq!(run.stderr.lines().count(), 1, "{}", run.stderr);
    assert!(run.stderr.contains("LESSON_TIME_SCALE"), "{}", run.stderr);
    assert!(
        run.stdout.is_empty(),
        "printed before the error: {}",
        run.stdout
    );
}
