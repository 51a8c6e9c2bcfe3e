//! The scenario dispatcher, end to end, tested once for every lesson: this test binary is its
//! own child. Started plainly, it runs the checks below, each of which re-runs this binary as
//! `--scenario NAME`; `main` hands that to `timing::scenario::main` first, as a lesson's does.
//! (A test without libtest's harness: libtest would reject `--scenario` as an unknown flag.)

use std::path::PathBuf;
use std::time::Duration;

use serde::{Deserialize, Serialize};
use timing::scenario::{self, Scenario};

#[derive(Debug, PartialEq, Serialize, Deserialize)]
struct Sum {
    of: Vec<u64>,
    total: u64,
}

fn add(scenario: &Scenario) {
    let of: Vec<u64> = (0..scenario.args.len())
        .map(|at| scenario.arg(at))
        .collect();
    println!("prose for a person, not a report");
    scenario::report(&Sum {
        total: of.iter().sum(),
        of,
    });
}

fn leave_a_thread_running(_: &Scenario) {
    std::thread::spawn(|| std::thread::sleep(Duration::from_secs(60)));
}

fn panic(_: &Scenario) {
    panic!("on purpose");
}

fn main() {
    scenario::main(&[
        ("add", add),
        ("leave-a-thread-running", leave_a_thread_running),
        ("panic", panic),
    ]);
    the_handler_runs_and_its_reports_read_back_typed();
    the_process_ends_when_the_handler_returns();
    a_panic_is_one_line();
    an_unknown_name_is_one_line_and_exit_code_2();
    a_bad_argument_is_one_line_and_exit_code_2();
    a_bad_time_scale_stops_the_child_before_it_starts();
    println!("scenario dispatcher: 6 checks passed");
}

fn me() -> PathBuf {
    scenario::this_program()
}

fn run(name: &str, args: &[&str]) -> timing::Finished {
    scenario::run(&me(), name, args, Duration::from_secs(20)).expect("the child starts")
}

fn the_handler_runs_and_its_reports_read_back_typed() {
    let run = run("add", &["2", "3"]);
    assert!(run.success(), "{run:?}");
    let sums: Vec<Sum> = scenario::reports(run.stdout.as_bytes()).collect();
    assert_eq!(
        sums,
        [Sum {
            of: vec![2, 3],
            total: 5
        }]
    );
}

fn the_process_ends_when_the_handler_returns() {
    let run = run("leave-a-thread-running", &[]);
    assert!(run.success(), "{run:?}");
    assert!(run.elapsed < Duration::from_secs(10), "{run:?}");
}

fn a_panic_is_one_line() {
    let run = run("panic", &[]);
    assert_eq!(run.status.and_then(|s| s.code()), Some(101), "{run:?}");
    assert_eq!(run.stderr.lines().count(), 1, "{run:?}");
    assert!(run.stderr.contains("on purpose"), "{run:?}");
}

fn assert_usage_error(run: &timing::Finished, names: &[&str]) {
    assert_eq!(run.status.and_then(|s| s.code()), Some(2), "{run:?}");
    assert_eq!(run.stderr.lines().count(), 1, "{run:?}");
    for name in names {
        assert!(run.stderr.contains(name), "{name:?} in {run:?}");
    }
    assert!(!run.stderr.contains("panicked"), "{run:?}");
    assert!(run.stdout.is_empty(), "{run:?}");
}

fn an_unknown_name_is_one_line_and_exit_code_2() {
    let run = run("no-such-scenario", &[]);
    assert_usage_error(
        &run,
        &["no-such-scenario", "add, leave-a-thread-running, panic"],
    );
}

fn a_bad_argument_is_one_line_and_exit_code_2() {
    let run = run("add", &["2", "three"]);
    assert_usage_error(&run, &["add", "three"]);
}

fn a_bad_time_scale_stops_the_child_before_it_starts() {
    let mut command = scenario::command(&me(), "add", &["1"]);
    command.env("LESSON_TIME_SCALE", "abc");
    let run = timing::run_with_timeout(&mut command, Duration::from_secs(20)).unwrap();
    assert_usage_error(&run, &["LESSON_TIME_SCALE"]);
}
