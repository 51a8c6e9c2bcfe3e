//! Watching a child process that may deadlock: it prints a heartbeat, the parent reads it.
//!
//! A deadlocked program does not crash and prints no error: it just stops making progress. So
//! the child's main thread reports a [`Tick`] every [`TICK`], with the count of the work its
//! threads finished. After the child has been killed and reaped, [`Watch::from_finished`] reads
//! the ticks: the process was alive (it kept ticking) while the count stood still. That is what
//! a deadlock looks like from outside.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};
use timing::{Finished, scenario};

/// How often a watched child prints its heartbeat (real time, not scaled).
pub const TICK: Duration = Duration::from_millis(10);

/// How many silent ticks in a row tell "stuck" from "slow" in these demos: every worker here
/// finishes a step in well under a tick, so three ticks without progress is not bad luck.
pub const QUIET_TICKS: usize = 3;

/// One heartbeat of a watched child: its clock, and how much work its threads had finished.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tick {
    /// Milliseconds since the child started its heartbeat.
    pub ms: u64,
    /// The work finished so far.
    pub progress: u64,
}

/// A line of the story a watched child tells its parent ("alice-pays-bob: holds alice, …").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Note(pub String);

// ANCHOR: heartbeat
/// Reports a [`Tick`] every [`TICK`], forever. Runs on the child's main thread while its
/// workers count their finished steps in `progress`.
pub fn heartbeat(progress: &AtomicU64) -> ! {
    let start = Instant::now();
    loop {
        let ms = start.elapsed().as_millis() as u64;
        let progress = progress.load(Ordering::Relaxed);
        scenario::report(&Tick { ms, progress });
        std::thread::sleep(TICK);
    }
}
// ANCHOR_END: heartbeat

/// What the parent learned from a watched child.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Watch {
    /// The child's process id (reaped: it no longer exists).
    pub pid: u32,
    /// True if the child had to be killed because it was still running at the bound.
    pub killed: bool,
    /// How long the parent waited, start to reaped.
    pub waited: Duration,
    /// How many heartbeat lines the child printed.
    pub ticks: usize,
    /// The last progress count it reported.
    pub progress: u64,
    /// Child's clock at the first tick that showed the last count: when progress stopped.
    pub progress_stopped_at: Duration,
    /// Child's clock at its last tick.
    pub last_tick_at: Duration,
    /// How many ticks came after the one where progress stopped.
    pub quiet_ticks: usize,
    /// The notes the child reported, in order.
    pub notes: Vec<String>,
}

impl Watch {
    /// Reads the ticks and the notes a finished child reported. (A report cut short by the kill
    /// is neither.)
    pub fn from_finished(finished: &Finished) -> Watch {
        let mut watch = Watch {
            pid: finished.pid,
            killed: finished.timed_out(),
            waited: finished.elapsed,
            ticks: 0,
            progress: 0,
            progress_stopped_at: Duration::ZERO,
            last_tick_at: Duration::ZERO,
            quiet_ticks: 0,
            notes: Vec::new(),
        };
        let said = finished.stdout.as_bytes();
        for Tick { ms, progress } in scenario::reports(said) {
            watch.tick(Duration::from_millis(ms), progress);
        }
        watch.notes = scenario::reports(said).map(|Note(note)| note).collect();
        watch
    }

    fn tick(&mut self, at: Duration, progress: u64) {
        if self.ticks == 0 || progress != self.progress {
            self.progress = progress;
            self.progress_stopped_at = at;
            self.quiet_ticks = 0;
        } else {
            self.quiet_ticks += 1;
        }
        self.ticks += 1;
        self.last_tick_at = at;
    }

    /// How long the child was alive without making progress, by its own clock.
    pub fn stalled_for(&self) -> Duration {
        self.last_tick_at.saturating_sub(self.progress_stopped_at)
    }
}

// ANCHOR: verdict
impl Watch {
    /// A deadlock, seen from outside: the child was still running when its time was up, and it
    /// kept ticking for [`QUIET_TICKS`] or more without any progress.
    pub fn deadlocked(&self) -> bool {
        self.killed && self.quiet_ticks >= QUIET_TICKS
    }
}
// ANCHOR_END: verdict
