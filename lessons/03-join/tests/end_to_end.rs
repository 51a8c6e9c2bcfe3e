//! Runs the lesson's binary the way a learner does, with the demo sleeps scaled down.

use lesson_test::EndToEnd;

const FELL: &str = "sleeper 3 fell out of bed";

#[test]
fn the_lesson_runs_and_prints_every_section() {
    let run = EndToEnd::new(env!("CARGO_BIN_EXE_join"))
        .prints(&[
            "── The trap: a timer without join ──",
            "(no join yet)",
            "Done sleeping for 1.25 s...",
            "after joining them all it says",
            "one by one ",
            "5 threads, joined",
            "thread_4",
            "join(|| 6 * 7) = Ok(42)",
            "join(a sleeper that panics) = Err(\"sleeper 3 fell out of bed\")",
            "join each handle, in start order:",
            "receive from a channel, as they complete:",
            "join_timeout(2.50 ms): false",
            "then join_timeout(25.0 ms): true",
            "std::thread::scope, sleepers of 3, 1, 2 s finished in the order",
            "scope panics too: \"a scoped thread panicked\"",
            "it returns Err with the panics: [\"sleeper 3 fell out of bed\"]",
        ])
        // One line per deliberate panic: the joined one, the scoped one and its scope, crossbeam's.
        .panics(&[FELL, FELL, "thread 'main' panicked", FELL])
        .usage_error(&["--sleepers", "0"], "--sleepers")
        .usage_error(&["--unit-ms", "0"], "--unit-ms")
        .check();
    assert_eq!(run.stderr.matches(FELL).count(), 3, "{}", run.stderr);
    // Every "About to sleep" of the trap is matched by a "Done sleeping": join waited for all.
    assert_eq!(run.stdout.matches("About to sleep").count(), 5);
    assert_eq!(run.stdout.matches("Done sleeping").count(), 5);
    // println! holds stdout's lock for the whole line: lines from different threads never glue
    // together the way seed 002's Python prints did.
    let said =
        |line: &str| line.matches("About to sleep").count() + line.matches("Done sleeping").count();
    for line in run.stdout.lines().filter(|l| said(l) > 0) {
        assert_eq!(said(line), 1, "glued lines: {line:?}");
        assert!(line.ends_with("..."), "glued lines: {line:?}");
    }
}
