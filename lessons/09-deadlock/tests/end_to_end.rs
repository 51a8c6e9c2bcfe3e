//! Runs the lesson's binary: the way a learner does (with the demo sleeps scaled down), and in
//! each scenario, where a real deadlock is detected, killed within its bound and reaped. (One
//! file, so cargo runs these slow tests side by side.)

use std::path::Path;
use std::time::Duration;

use deadlock::support::{DEADLOCK_AFTER, QUIET_TICKS, Watch, watch_naive_dinner, watch_two_locks};
use lesson_test::{EndToEnd, process_exists, run_lesson};

const LESSON: &str = env!("CARGO_BIN_EXE_deadlock");

#[test]
fn the_lesson_runs_every_deadlock_bounded_and_leaves_no_child_behind() {
    let run = EndToEnd::new(LESSON)
        .prints(&[
            "Hire me and I will tell you what a deadlock is",
            "py│ def transfer(source, target, amount, between_locks=lambda: None):",
            "rs│ pub fn transfer(from: &Account, to: &Account, amount: i64, between_locks: impl FnOnce()) {",
            "GIL prevents deadlocks",
            "found a cycle of 2 threads and ended itself (exit code 0: true)",
            "cycle closes (each waits for what the next holds): true",
            "balances 100 + 100 = 200",
            "philosopher-4 holds fork 4, waits for fork 0",
            "no meals at all",
            "100 tries, 0 meals.",
            "both receive first: [Err(Timeout), Err(Timeout)]",
            "send_timeout gave 42 back",
            "receiver on another thread got 42; bounded(1) on one thread got 42",
            "parking_lot::Mutex locked twice on one thread: try_lock got it? false",
            "(Python's RLock) locked twice:  try_lock got it? true",
            "4. circular wait",
        ])
        .usage_error(&["--philosophers", "1"], "--philosophers")
        .check();
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
    let gone = "(no process left behind): true";
    assert_eq!(out.matches(gone).count(), 3, "{out}");
    the_detector_named_the_cycle(out);
}

/// The detector's child (run by the lesson above, alongside the first watched child) found the
/// two payers, each holding the lock the other waits for, and ended itself; the narrator printed
/// each thread of the cycle, with its own `ThreadId`.
fn the_detector_named_the_cycle(out: &str) {
    let mut cycle: Vec<&str> = out
        .lines()
        .filter_map(|l| l.trim().strip_prefix("thread '"))
        .collect();
    cycle.sort();
    let ids: Vec<&str> = cycle
        .iter()
        .filter_map(|t| t.split(['(', ')']).nth(2))
        .collect();
    assert_eq!(cycle.len(), 2, "{out}");
    assert!(cycle[0].starts_with("alice-pays-bob' (ThreadId("), "{out}");
    assert!(cycle[0].ends_with(") holds alice, waits for bob"), "{out}");
    assert!(cycle[1].starts_with("bob-pays-alice' (ThreadId("), "{out}");
    assert!(cycle[1].ends_with(") holds bob, waits for alice"), "{out}");
    assert_ne!(ids[0], ids[1], "{out}");
}

#[test]
fn the_scenario_mode_is_hidden_from_help() {
    let run = run_lesson(LESSON, &["--help"], "1");
    assert!(run.success());
    assert!(run.stdout.contains("--philosophers"), "{}", run.stdout);
    assert!(!run.stdout.contains("--scenario"), "{}", run.stdout);
}

// The real deadlocks, each in a child process (the binary in a scenario mode).

fn exe() -> &'static Path {
    Path::new(LESSON)
}

const BOUND: Duration = Duration::from_millis(300);

fn assert_killed_in_time_and_gone(watch: &Watch) {
    assert!(watch.killed, "{watch:?}");
    assert!(watch.waited >= BOUND, "{watch:?}");
    assert!(watch.waited < BOUND + Duration::from_secs(2), "{watch:?}");
    let pid = watch.pid;
    assert_ne!(process_exists(pid), Some(true), "child {pid} still exists");
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
    let expected = [
        "alice-pays-bob: holds alice, waits for bob",
        "bob-pays-alice: holds bob, waits for alice",
    ];
    for note in &watch.notes {
        assert!(expected.contains(&note.as_str()), "{note:?} in {watch:?}");
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
        let right = (i + 1) % n;
        let note = format!("philosopher-{i} holds fork {i}, waits for fork {right}");
        assert!(watch.notes.contains(&note), "{note:?} in {watch:?}");
    }
    assert_killed_in_time_and_gone(&watch);
}
