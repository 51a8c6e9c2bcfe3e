//! Runs the lesson's binary the way a learner does: on a machine without python3 or pip, and
//! (where python3 is) the whole lesson, which builds the extension module into
//! `target/py15-venv` first.

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use timing::{Finished, run_with_timeout};

const LESSON: &str = env!("CARGO_BIN_EXE_rust-from-python");

/// A first build compiles PyO3 in release mode: minutes on a cold machine.
const BUILD_TIMEOUT: Duration = Duration::from_secs(900);

/// Runs the lesson with `PATH` set to `path` only, bounded.
fn run_with_path(path: &Path, args: &[&str]) -> Finished {
    let mut command = Command::new(LESSON);
    command.args(args).env("PATH", path);
    let run = run_with_timeout(&mut command, Duration::from_secs(60)).unwrap();
    assert!(!run.timed_out(), "{run:?}");
    run
}

/// A one-line error and exit code 2, nothing on stdout.
fn assert_one_clear_line(run: &Finished, names: &str) {
    assert_eq!(run.status.and_then(|s| s.code()), Some(2), "{run:?}");
    assert_eq!(run.stderr.lines().count(), 1, "{}", run.stderr);
    assert!(run.stderr.contains(names), "{}", run.stderr);
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    assert_eq!(run.stdout, "", "nothing before the error");
}

#[test]
fn without_python3_on_the_path_it_says_so_in_one_line_and_exits_2() {
    let empty = tempfile::tempdir().unwrap(); // a PATH where nothing, python3 included, is found
    let run = run_with_path(empty.path(), &[]);
    assert_one_clear_line(&run, "python3");
    assert!(run.stderr.contains("Python 3.9 or newer"), "{}", run.stderr);
}

#[cfg(unix)]
#[test]
fn with_a_python3_that_has_no_pip_it_says_so_in_one_line_and_exits_2() {
    use std::os::unix::fs::PermissionsExt;
    // A python3 that has no `ensurepip`, as Debian's has none without the python3-venv package:
    // to the lesson's probe it answers its version, then that it has no pip.
    let bin = tempfile::tempdir().unwrap();
    let fake = bin.path().join("python3");
    let script = "#!/bin/sh\necho 3.11.7\necho 'no pip'\n";
    std::fs::write(&fake, script).unwrap();
    std::fs::set_permissions(&fake, std::fs::Permissions::from_mode(0o755)).unwrap();
    let run = run_with_path(bin.path(), &[]);
    assert_one_clear_line(&run, "pip");
}

#[test]
fn bad_flags_are_usage_errors_even_without_python() {
    let empty = tempfile::tempdir().unwrap();
    for (args, flag) in [
        (&["--no-such-flag"][..], "--no-such-flag"),
        (&["--budget-ms", "0"][..], "--budget-ms"),
        (&["--rounds", "11"][..], "--rounds"),
    ] {
        let run = run_with_path(empty.path(), args);
        assert_eq!(
            run.status.and_then(|s| s.code()),
            Some(2),
            "{args:?}: {run:?}"
        );
        assert!(run.stderr.contains(flag), "{}", run.stderr);
    }
}

#[test]
fn the_lesson_runs_as_a_learner_sees_it() {
    if Command::new("python3").arg("--version").output().is_err() {
        println!("skipped: no python3 on the PATH (the tests above cover that case)");
        return;
    }
    // Installing maturin is the one step that needs PyPI: on the first run, do it on its own, so
    // that a machine without network skips instead of failing.
    let layout = rust_from_python::setup::Layout::for_python("python3");
    if !layout.venv_bin("maturin").exists() {
        let build =
            run_with_timeout(Command::new(LESSON).arg("--build-only"), BUILD_TIMEOUT).unwrap();
        if !build.success() && build.stderr.contains("pip install") {
            println!(
                "skipped: maturin could not be installed from PyPI: {}",
                build.stderr
            );
            return;
        }
        assert!(build.success(), "{build:?}");
    }
    // One round of each measurement, not three: the same sections, a quarter second less.
    lesson_test::EndToEnd::new(LESSON)
        .args(&["--rounds", "1"])
        .timeout(BUILD_TIMEOUT) // the run rebuilds the module first when its sources changed
        .prints(&[
            "import rustwork` now works",
            "rs│     py.detach(|| work::sqrt_sum(n))",
            "2 threads, holding the GIL",
            "Holding the GIL: at most 1 at once",
            "python 1 |",
            "one call, rayon",
            "rayon 1 |",
            "error[E0277]: `*mut pyo3::Python<'static>` cannot be shared between threads safely",
            "4 calls of calc",
            "threading.current_thread().name in the callbacks: [\"Dummy-",
            "result 4 (a sum of",
            "producer |",
            "caught pyo3_runtime.PanicException: index out of bounds",
            "caught ValueError: item 3 is bad, raised in \"check\"",
            "2 multiprocessing.Processes",
        ])
        .panics(&["thread 'worker 1' panicked"])
        .usage_error(&["--rounds", "0"], "--rounds")
        .check();
}
