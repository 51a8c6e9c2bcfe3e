//! Runs the lesson's binary the way a learner does, with its CPU budget and sleeps scaled down.

use std::process::Command;

use timing::run_with_timeout;
use timing::testing::{
    LESSON_TIMEOUT, assert_deliberate_panics, assert_prints, assert_rejects_bad_time_scale,
    assert_usage_error, run_lesson,
};

const LESSON: &str = env!("CARGO_BIN_EXE_threads-vs-processes");

/// Processes (other than the caller) whose environment holds `marker`: anything the lesson
/// started and left behind inherited it.
#[cfg(target_os = "linux")]
fn processes_with(marker: &str) -> Vec<u32> {
    std::fs::read_dir("/proc")
        .unwrap()
        .flatten()
        .filter_map(|entry| entry.file_name().to_str()?.parse::<u32>().ok())
        .filter(|&pid| pid != std::process::id())
        .filter(|pid| {
            std::fs::read(format!("/proc/{pid}/environ"))
                .is_ok_and(|env| env.split(|&b| b == 0).any(|var| var == marker.as_bytes()))
        })
        .collect()
}

#[test]
fn the_lesson_runs_prints_every_section_and_leaves_no_child() {
    let marker = format!("LESSON11_E2E={}", std::process::id());
    let (key, value) = marker.split_once('=').unwrap();
    // Not `run_lesson`: this run carries the marker its children inherit.
    let run = run_with_timeout(
        Command::new(LESSON)
            .env("LESSON_TIME_SCALE", "0.05")
            .env(key, value),
        LESSON_TIMEOUT,
    )
    .unwrap();
    assert!(run.success(), "{run:?}");
    assert_prints(
        &run,
        &[
            "one unit per core",
            "sequential",
            " threads ",
            " processes ",
            "all three ways returned the same",
            "worker-0",
            "thread:  spawn + join",
            "process: spawn + wait",
            "performance.md",
            "the parent sees 3",
            "they printed [1, 1, 1], the parent's is still 0",
            "over its stdin pipe; it printed 500000500000",
            "child `worker panic`",
            "exit code 101",
            "killed by signal 6 (SIGABRT)",
            "join() returned Err(\"worker-0 divided by zero\")",
            "the child printed only \"main: started a thread that calls abort()\"",
            "killed by signal 9 (SIGKILL)",
            "What should you use?",
            "child processes still alive: 0",
        ],
    );
    assert!(
        !run.stdout.contains('\r') && !run.stdout.contains('\x1b'),
        "no progress bar drawn into a pipe:\n{:?}",
        run.stdout
    );
    assert_deliberate_panics(&run, 1, &["thread 'worker-0' panicked"]);
    #[cfg(target_os = "linux")]
    assert_eq!(
        processes_with(&marker),
        Vec::<u32>::new(),
        "children left behind"
    );
}

#[test]
fn the_noop_worker_exits_at_once_and_prints_nothing() {
    // The criterion bench for process start-up runs exactly this command line.
    let run = run_lesson(LESSON, &["worker", "noop"], "1");
    assert!(run.success(), "{run:?}");
    assert_eq!((run.stdout.as_str(), run.stderr.as_str()), ("", ""));
}

#[test]
fn the_worker_subcommand_is_hidden_from_help() {
    let run = run_lesson(LESSON, &["--help"], "1");
    assert!(run.success());
    assert!(run.stdout.contains("--budget-ms"), "{}", run.stdout);
    assert!(!run.stdout.contains("Commands"), "{}", run.stdout);
    assert!(!run.stdout.contains(" worker "), "{}", run.stdout);
}

#[test]
fn an_unknown_flag_is_a_usage_error() {
    assert_usage_error(LESSON, &["--no-such-flag"], "--no-such-flag");
}

#[test]
fn zero_workers_is_a_usage_error_naming_the_flag() {
    assert_usage_error(LESSON, &["--workers", "0"], "--workers");
}

#[test]
fn a_bad_time_scale_is_one_clear_line() {
    assert_rejects_bad_time_scale(LESSON);
}
