//! Choreography the chapter does not show: the child processes in which the deadlocks happen for
//! real, the heartbeat that tells "stuck" from "slow", the ledger that names the locks of a
//! detected cycle, and the dinner driver. Tests and the narrator use it; the deeper pages
//! ("Watching a deadlock from outside", "parking_lot's deadlock detector") walk through it.
//!
//! A deadlock that cannot be undone runs in a child process: the lesson's own binary, re-run as
//! `deadlock --scenario NAME [ARGS…]` through [`timing::scenario`], killed and reaped when its
//! time is up.

mod cycle;
mod dinner;
mod scenarios;
mod watch;

use std::io;
use std::path::Path;
use std::time::Duration;

pub use cycle::{Detection, Stuck, deadlock_then_detect, is_cycle};
pub use dinner::{Dinner, Fix, dine};
pub use scenarios::{DEADLOCK_AFTER, WORK, detect_child, naive_dinner_child, two_locks_child};
pub use watch::{QUIET_TICKS, TICK, Watch, heartbeat};

/// Scenario `two-locks`: [`two_locks_child`].
pub const TWO_LOCKS: &str = "two-locks";
/// Scenario `naive-dinner N`: [`naive_dinner_child`] with `N` philosophers.
pub const NAIVE_DINNER: &str = "naive-dinner";
/// Scenario `detect`: [`detect_child`].
pub const DETECT: &str = "detect";

// ANCHOR: run_scenario
/// Runs the scenario `name` in this process, a child that its parent watches: it deadlocks for
/// good (the parent kills it), or prints what it found and ends the whole process with
/// `std::process::exit`, which also ends the threads that are stuck.
pub fn run_scenario(name: &str, args: &[String]) -> ! {
    match name {
        TWO_LOCKS => two_locks_child(),
        NAIVE_DINNER => naive_dinner_child(args.first().and_then(|n| n.parse().ok()).unwrap_or(5)),
        DETECT => detect_child(),
        other => {
            eprintln!("deadlock: no scenario {other:?}");
            std::process::exit(2)
        }
    }
}
// ANCHOR_END: run_scenario

// ANCHOR: watch_two_locks
/// Runs the lesson's binary `exe` in scenario `two-locks`, kills it after `bound`, and reads
/// its heartbeat.
pub fn watch_two_locks(exe: &Path, bound: Duration) -> io::Result<Watch> {
    let finished = timing::scenario::run(exe, TWO_LOCKS, &[], bound)?;
    Ok(Watch::from_finished(&finished))
}
// ANCHOR_END: watch_two_locks

/// Runs the lesson's binary `exe` in scenario `naive-dinner` with `n` philosophers, kills it
/// after `bound`, and reads its heartbeat.
pub fn watch_naive_dinner(exe: &Path, n: u32, bound: Duration) -> io::Result<Watch> {
    let finished = timing::scenario::run(exe, NAIVE_DINNER, &[&n.to_string()], bound)?;
    Ok(Watch::from_finished(&finished))
}

/// Runs the lesson's binary `exe` in scenario `detect` (killed if still running after `bound`)
/// and reads back the cycle it printed.
pub fn detect_in_child(exe: &Path, bound: Duration) -> io::Result<Detection> {
    let finished = timing::scenario::run(exe, DETECT, &[], bound)?;
    Ok(Detection {
        pid: finished.pid,
        exited_by_itself: finished.success(),
        took: finished.elapsed,
        cycle: finished.stdout.lines().filter_map(Stuck::parse).collect(),
    })
}
