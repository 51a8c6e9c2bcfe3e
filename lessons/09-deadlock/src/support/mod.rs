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

use timing::scenario::{self, Handler};

pub use cycle::{Detection, Stuck, deadlock_then_detect, is_cycle};
pub use dinner::{Dinner, Fix, dine};
pub use scenarios::{DEADLOCK_AFTER, WORK, detect_child, naive_dinner_child, two_locks_child};
pub use watch::{Note, QUIET_TICKS, TICK, Tick, Watch, heartbeat};

/// Scenario `two-locks`: [`two_locks_child`].
pub const TWO_LOCKS: &str = "two-locks";
/// Scenario `naive-dinner N`: [`naive_dinner_child`] with `N` philosophers.
pub const NAIVE_DINNER: &str = "naive-dinner";
/// Scenario `detect`: [`detect_child`].
pub const DETECT: &str = "detect";

// ANCHOR: scenarios
/// The scenarios this lesson runs in a child process that its parent watches, for
/// `timing::scenario::main`: each deadlocks for good (the parent kills it), or reports what it
/// found and ends the whole process, which also ends the threads that are stuck.
pub const SCENARIOS: &[(&str, Handler)] = &[
    (TWO_LOCKS, |_| two_locks_child()),
    (NAIVE_DINNER, |s| naive_dinner_child(s.arg_or(0, 5))),
    (DETECT, |_| detect_child()),
];
// ANCHOR_END: scenarios

// ANCHOR: watch_two_locks
/// Runs the lesson's binary `exe` in scenario `two-locks`, kills it after `bound`, and reads
/// its heartbeat.
pub fn watch_two_locks(exe: &Path, bound: Duration) -> io::Result<Watch> {
    let finished = scenario::run(exe, TWO_LOCKS, &[], bound)?;
    Ok(Watch::from_finished(&finished))
}
// ANCHOR_END: watch_two_locks

/// Runs the lesson's binary `exe` in scenario `naive-dinner` with `n` philosophers, kills it
/// after `bound`, and reads its heartbeat.
pub fn watch_naive_dinner(exe: &Path, n: u32, bound: Duration) -> io::Result<Watch> {
    let finished = scenario::run(exe, NAIVE_DINNER, &[&n.to_string()], bound)?;
    Ok(Watch::from_finished(&finished))
}

/// Runs the lesson's binary `exe` in scenario `detect` (killed if still running after `bound`)
/// and reads back the cycle it reported.
pub fn detect_in_child(exe: &Path, bound: Duration) -> io::Result<Detection> {
    let finished = scenario::run(exe, DETECT, &[], bound)?;
    Ok(Detection {
        pid: finished.pid,
        exited_by_itself: finished.success(),
        took: finished.elapsed,
        cycle: scenario::reports(finished.stdout.as_bytes())
            .next()
            .unwrap_or_default(),
    })
}
