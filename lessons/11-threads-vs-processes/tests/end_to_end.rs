//! Runs the lesson's binary the way a learner does, with its CPU budget scaled down, and checks
//! that no worker process outlives it. One test: nothing else in this binary starts workers.

const LESSON: &str = env!("CARGO_BIN_EXE_threads-vs-processes");

/// Processes running this lesson's binary as a worker (`LESSON --scenario ...`).
#[cfg(target_os = "linux")]
fn workers_alive() -> Vec<String> {
    std::fs::read_dir("/proc")
        .unwrap()
        .flatten()
        .filter_map(|entry| std::fs::read(entry.path().join("cmdline")).ok())
        .map(|cmdline| String::from_utf8_lossy(&cmdline).replace('\0', " "))
        .filter(|args| args.contains("threads-vs-processes --scenario"))
        .collect()
}

#[test]
fn the_lesson_runs_prints_every_section_and_leaves_no_child() {
    let run = lesson_test::EndToEnd::new(LESSON)
        .scale("0.05")
        .args(&["--numbers", "10000"])
        .prints(&[
            "one unit per core",
            "sequential",
            " threads ",
            " processes ",
            "all three ways returned the same",
            "process 1",
            "thread:  spawn + join",
            "process: spawn + wait",
            "performance.md",
            "the parent sees 3",
            "they printed [1, 1, 1], the parent's is still 0",
            "10000 numbers over its stdin pipe; it printed 50005000",
            "child `panic`",
            "exit code 101",
            "killed by signal 6 (SIGABRT)",
            "join() returned Err(\"worker-0 divided by zero\")",
            "the child printed only \"main: started a thread that calls abort()\"",
            "killed by signal 9 (SIGKILL)",
            "What should you use?",
            "child processes still alive: 0",
        ])
        .panics(&["thread 'worker-0' panicked"])
        .usage_error(&["--workers", "0"], "--workers")
        .usage_error(&["--numbers", "0"], "--numbers")
        .check();
    assert!(
        !run.stdout.contains('\r') && !run.stdout.contains('\x1b'),
        "no progress bar drawn into a pipe:\n{:?}",
        run.stdout
    );
    #[cfg(target_os = "linux")]
    assert_eq!(workers_alive(), Vec::<String>::new(), "workers left behind");
}
