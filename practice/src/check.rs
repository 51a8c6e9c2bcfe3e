//! Running an exercise's tests with cargo, and saying what matters from the output.

use std::io;
use std::path::Path;
use std::process::{Command, Output};

/// What a check found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Every test passed.
    Solved {
        /// The timeline of the learner's threads that a test printed, if any.
        threads: Option<String>,
    },
    /// The code did not compile: the compiler's errors, trimmed.
    DoesNotCompile(String),
    /// It compiled, and some test failed: the failing assertions, trimmed.
    TestsFail(String),
}

impl Outcome {
    /// Whether every test passed.
    pub fn solved(&self) -> bool {
        matches!(self, Outcome::Solved { .. })
    }
}

/// Runs `cargo test -p package` in the workspace of `manifest`, with `target_dir` if given.
pub fn run(manifest: &Path, package: &str, target_dir: Option<&Path>) -> io::Result<Outcome> {
    let mut cargo = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
    cargo
        .arg("test")
        .arg("--manifest-path")
        .arg(manifest)
        .args(["-p", package, "--color", "never", "--quiet"]);
    if let Some(dir) = target_dir {
        cargo.arg("--target-dir").arg(dir);
    }
    cargo.args(["--", "--color", "never", "--show-output"]);
    // The learner's tests run in a terminal of their own; keep backtraces out of the summary.
    cargo
        .env("RUST_BACKTRACE", "0")
        .env_remove("CARGO_TARGET_DIR");
    Ok(read(&cargo.output()?))
}

/// Reads cargo's output into an [`Outcome`].
pub fn read(output: &Output) -> Outcome {
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    if output.status.success() {
        return Outcome::Solved {
            threads: threads(&stdout),
        };
    }
    if !stdout.contains("test result:") {
        return Outcome::DoesNotCompile(compiler_errors(&stderr));
    }
    Outcome::TestsFail(failures(&stdout))
}

/// The compiler's `error` blocks, without cargo's closing lines, at most 40 lines.
pub fn compiler_errors(stderr: &str) -> String {
    let mut kept = Vec::new();
    let mut inside = false;
    for line in stderr.lines() {
        if line.starts_with("error: could not compile") || line.starts_with("For more information")
        {
            inside = false;
            continue;
        }
        if line.starts_with("error") {
            inside = true;
        } else if line.starts_with("warning") {
            inside = false;
        }
        if inside {
            kept.push(line);
        }
    }
    if kept.is_empty() {
        kept = stderr.lines().rev().take(20).collect();
        kept.reverse();
    }
    cap(&kept, 40)
}

/// Each failing test's output (its panic message and assertion), at most 12 lines a test.
pub fn failures(stdout: &str) -> String {
    let mut kept = Vec::new();
    let mut section: Option<usize> = None;
    let mut in_failures = false;
    for line in stdout.lines() {
        if line == "failures:" {
            // The first opens the failures' output; the second, the list of their names.
            in_failures = true;
            section = None;
            continue;
        }
        if !in_failures {
            continue;
        }
        if line.starts_with("---- ") {
            kept.push(line.to_string());
            section = Some(0);
            continue;
        }
        if line.starts_with("failures:") || line.starts_with("test result:") {
            section = None;
            continue;
        }
        if let Some(count) = section.as_mut() {
            let noise = line.starts_with("note: run with `RUST_BACKTRACE")
                || line.starts_with("stack backtrace")
                || line.trim().is_empty();
            if !noise && *count < 12 {
                kept.push(format!("  {line}"));
                *count += 1;
            }
        }
    }
    let tests: Vec<&str> = stdout
        .lines()
        .filter(|l| l.starts_with("    ") && !l.trim().contains(' '))
        .collect();
    if kept.is_empty() {
        return cap(&tests, 20);
    }
    cap(&kept.iter().map(String::as_str).collect::<Vec<_>>(), 60)
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

fn cap(lines: &[&str], most: usize) -> String {
    let mut text = lines
        .iter()
        .take(most)
        .copied()
        .collect::<Vec<_>>()
        .join("\n");
    if lines.len() > most {
        text.push_str(&format!("\n… {} more lines", lines.len() - most));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_the_panic_and_the_assertion_of_each_failure() {
        let stdout = "\nrunning 2 tests\n\nfailures:\n\n---- joins_every_thread stdout ----\n\nthread 'joins_every_thread' panicked at tests/grade.rs:9:5:\nassertion `left == right` failed: the timer stopped early\n  left: 0\n right: 5\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n\n\nfailures:\n    joins_every_thread\n\ntest result: FAILED. 1 passed; 1 failed\n";
        let summary = failures(stdout);
        assert!(
            summary.starts_with("---- joins_every_thread stdout ----"),
            "{summary}"
        );
        assert!(summary.contains("the timer stopped early"));
        assert!(summary.contains("right: 5"));
        assert!(!summary.contains("RUST_BACKTRACE"));
    }

    #[test]
    fn keeps_only_the_compilers_errors() {
        let stderr = "warning: unused variable: `x`\n --> src/lib.rs:3:9\n\nerror[E0373]: closure may outlive the current function\n --> src/lib.rs:5:23\n  |\n5 |     thread::spawn(|| v.len());\n\nerror: could not compile `ex02` (lib) due to 1 previous error\n";
        let summary = compiler_errors(stderr);
        assert!(summary.starts_with("error[E0373]"), "{summary}");
        assert!(!summary.contains("warning"));
        assert!(!summary.contains("could not compile"));
    }

    #[test]
    fn finds_the_timeline_a_test_printed() {
        let stdout = "successes:\n\n---- shows stdout ----\nyour threads:\n   |0   1 s|\nt1 |██··| 0 → 1 s\n\n\nsuccesses:\n";
        assert_eq!(
            threads(stdout).as_deref(),
            Some("   |0   1 s|\nt1 |██··| 0 → 1 s")
        );
        assert_eq!(threads("nothing here"), None);
    }
}
