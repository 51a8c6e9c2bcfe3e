//! Runs the lesson's binary: the way a learner does (with the demo sleeps scaled down), and in
//! each hidden scenario, where a real deadlock is detected, killed within its bound and reaped.
//! (One file, so cargo runs these slow tests side by side.)

use std::path::Path;
use std::time::Duration;

use deadlock::classic::DEADLOCK_AFTER;
use deadlock::watch::QUIET_TICKS;
use deadlock::*;
use timing::process_exists;
use timing::testing::{
    assert_prints, assert_rejects_bad_time_scale, assert_usage_error, run_lesson,
};

const LESSON: &str = env!("CARGO_BIN_EXE_deadlock");

#[test]
fn the_lesson_runs_every_deadlock_bounded_and_leaves_no_child_behind() {
    let run = run_lesson(LESSON, &[], "0.01");
    assert!(run.success(), "{run:?}");
    assert!(run.stderr.is_empty(), "{}", run.stderr);
    assert_prints(
        &run,
        &[
            "Hire me and I will tell you what a deadlock is",
            "GIL prevents deadlocks",
            "found a cycle of 2 threads and ended itself (exit code 0: true)",
            "cycle closes (each waits for what the next holds): true",
            "balances 100 + 100 = 200",
            "philosopher-4 holds fork 4, waits for fork 0",
            "no meals at all",
            "0 meals.",
            "both receive first: [Err(Timeout), Err(Timeout)]",
            "send_timeout gave 42 back",
            "receiver on another thread got 42; bounded(1) on one thread got 42",
            "parking_lot::Mutex locked twice on one thread: try_lock got it? false",
            "try_lock got it? true",
            "4. circular wait",
        ],
    );
    let out = &run.stdout;
    assert_eq!(out.matches("verdict: deadlocked").count(), 2, "{out}");
    assert_eq!(out.matches("everyone ate 3: true").count(), 4, "{out}");
    // Every child the lesson started is gone, by its own report and by ours.
    let pids: Vec<u32> = out
        .lines()
        .filter_map(|l| l.strip_prefix("child pid "))
        .filter_map(|rest| rest.split([':', ' ']).next()?.parse().ok())
        .collect();
    assert_eq!(pids.len(), 3, "{out}");
    for pid in pids {
        assert_ne!(process_exists(pid), Some(true), "child {pid}");
    }
    assert_eq!(
        out.matches("(no process left behind): true").count(),
        3,
        "{out}"
    );
}

#[test]
fn the_scenario_mode_is_hidden_from_help() {
    let run = run_lesson(LESSON, &["--help"], "1");
    assert!(run.success());
    assert!(run.stdout.contains("--philosophers"), "{}", run.stdout);
    assert!(!run.stdout.contains("--scenario"), "{}", run.stdout);
}

#[test]
fn an_unknown_flag_is_a_usage_error() {
    assert_usage_error(LESSON, &["--no-such-flag"], "--no-such-flag");
}

#[test]
fn one_philosopher_is_out_of_range() {
    assert_usage_error(LESSON, &["--philosophers", "1"], "--philosophers");
}

#[test]
fn a_bad_time_scale_is_one_clear_line() {
    assert_rejects_bad_time_scale(LESSON);
}

// The real deadlocks, each in a child process (the binary in a hidden scenario mode).

fn exe() -> &'static Path {
    Path::new(LESSON)
}

const BOUND: Duration = Duration::from_millis(700);

fn assert_killed_in_time_and_gone(watch: &Watch) {
    assert!(watch.killed, "{watch:?}");
    assert!(watch.waited >= BOUND, "{watch:?}");
    assert!(watch.waited < BOUND + Duration::from_secs(2), "{watch:?}");
    assert_ne!(
        process_exists(watch.pid),
        Some(true),
        "child {} still exists",
        watch.pid
    );
}

#[test]
fn two_locks_in_opposite_order_stop_making_progress_and_the_child_is_killed() {
    let watch = watch_two_locks(exe(), BOUND).unwrap();
    assert!(watch.deadlocked(), "{watch:?}");
    assert!(
        watch.quiet_ticks >= QUIET_TICKS,
        "alive but stuck: {watch:?}"
    );
    assert!(watch.stalled_for() > Duration::ZERO, "{watch:?}");
    // They move money until DEADLOCK_AFTER transfers (or collide earlier, by themselves).
    assert!(watch.progress <= DEADLOCK_AFTER + 1, "{watch:?}");
    for note in &watch.notes {
        assert!(
            [
                "alice-pays-bob: holds alice, waits for bob",
                "bob-pays-alice: holds bob, waits for alice"
            ]
            .contains(&note.as_str()),
            "{note:?} in {watch:?}"
        );
    }
    assert_killed_in_time_and_gone(&watch);
}

#[test]
fn the_naive_dinner_deadlocks_with_every_philosopher_holding_the_left_fork() {
    let n = 5;
    let watch = watch_naive_dinner(exe(), n, BOUND).unwrap();
    assert!(watch.deadlocked(), "{watch:?}");
    assert_eq!(watch.progress, 0, "nobody ate");
    for i in 0..n {
        let note = format!(
            "philosopher-{i} holds fork {i}, waits for fork {}",
            (i + 1) % n
        );
        assert!(watch.notes.contains(&note), "{note:?} in {watch:?}");
    }
    assert_killed_in_time_and_gone(&watch);
}

#[test]
fn parking_lot_reports_the_cycle_and_the_child_ends_itself() {
    let found = detect_in_child(exe(), Duration::from_secs(10)).unwrap();
    assert!(found.exited_by_itself, "{found:?}");
    assert_eq!(found.cycle.len(), 2, "{found:?}");
    assert!(is_cycle(&found.cycle), "{found:?}");
    let mut lines: Vec<String> = found
        .cycle
        .iter()
        .map(|t| format!("{} holds {}, waits for {}", t.thread, t.holds, t.waits_for))
        .collect();
    lines.sort();
    assert_eq!(
        lines,
        [
            "alice-pays-bob holds alice, waits for bob",
            "bob-pays-alice holds bob, waits for alice"
        ]
    );
    assert!(found.cycle.iter().all(|t| t.id.starts_with("ThreadId(")));
    assert_ne!(found.cycle[0].id, found.cycle[1].id);
    assert_ne!(process_exists(found.pid), Some(true));
}
