use std::process::Command;
use std::time::Duration;

use timing::run_with_timeout;

/// Set in the child that [`in_own_process`] starts: there, the test's body runs.
const CHILD: &str = "LESSON_TEST_OWN_PROCESS";

/// How long a test run by [`in_own_process`] may take before it is killed and fails.
pub const OWN_PROCESS_TIMEOUT: Duration = Duration::from_secs(60);

/// Runs the calling test's `body` in a child process of its own: the test binary, started
/// again for this one test. What the body records with `timing::record` is then its own, since
/// recording is process-wide, while the binary's other tests run on side by side in this one.
///
/// The child is killed after [`OWN_PROCESS_TIMEOUT`]. Its output is printed here (libtest shows
/// it with a failure, or with `--nocapture`); the test fails unless the child ran exactly this
/// test and it passed. The child runs the whole test function again, so code around the call
/// runs in both processes: put the whole test in `body`. (The `rusty-fork` crate does the same
/// with a macro around each test.)
///
/// ```no_run
/// // The body of a test in `tests/timelines.rs`:
/// lesson_test::in_own_process(|| {
///     let ((), timeline) = timing::record(|| { /* the lesson's threads */ });
///     assert!(timeline.max_overlap() >= 2);
/// });
/// ```
pub fn in_own_process(body: impl FnOnce()) {
    if std::env::var_os(CHILD).is_some() {
        return body();
    }
    // libtest runs each test on a thread named after its path: `timelines::a_test`.
    let current = std::thread::current();
    let test = current.name().expect("libtest names each test's thread");
    let exe = std::env::current_exe().expect("the test binary's path");
    let mut command = Command::new(exe);
    command
        .args([test, "--exact", "--nocapture", "--test-threads", "1"])
        .env(CHILD, "1");
    let run = run_with_timeout(&mut command, OWN_PROCESS_TIMEOUT)
        .unwrap_or_else(|error| panic!("cannot start {test} in a process of its own: {error}"));
    print!("{}", run.stdout);
    eprint!("{}", run.stderr);
    assert!(
        !run.timed_out(),
        "{test} hung in its own process and was killed"
    );
    assert!(run.success(), "{test} failed in its own process");
    assert!(
        run.stdout.contains("test result: ok. 1 passed"),
        "{test} did not run in its own process"
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicBool, Ordering};

    fn in_child() -> bool {
        std::env::var_os(CHILD).is_some()
    }

    #[test]
    fn the_body_runs_in_the_child_and_only_there() {
        let ran = AtomicBool::new(false);
        in_own_process(|| {
            assert!(in_child());
            ran.store(true, Ordering::Relaxed);
        });
        assert_eq!(ran.load(Ordering::Relaxed), in_child());
    }

    #[test]
    fn a_failure_in_the_child_fails_the_test() {
        let outcome = std::panic::catch_unwind(|| in_own_process(|| panic!("the body failed")));
        if in_child() {
            // The body's panic, passed on: the child's test fails.
            return outcome.unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        }
        let panic = outcome.expect_err("the child's failure fails the test");
        let message = panic.downcast_ref::<String>().expect("a formatted message");
        assert!(message.contains("failed in its own process"), "{message}");
    }
}
