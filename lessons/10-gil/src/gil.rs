//! A simulated Global Interpreter Lock: one lock that "interpreter threads" must hold to run.

use std::sync::{Condvar, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

use timing::Timeline;

/// CPython's default switch interval, what `sys.getswitchinterval()` returns: 5 ms.
pub const DEFAULT_SWITCH_INTERVAL: Duration = Duration::from_millis(5);

/// The label of the [`Timeline`] span recorded for each turn a thread holds the [`Gil`].
pub const TURN: &str = "holds the GIL";

// ANCHOR: gil
/// One global lock that every "interpreter thread" must hold to run a step of Python code.
///
/// It is a *ticket lock*: a thread that wants the Gil takes the next ticket and waits until that
/// ticket is served, so threads get it in the order they asked (first come, first served).
/// A plain `Mutex` would not do: its unlock does not hand the lock to a waiter, so a thread that
/// unlocks and locks again at once usually gets it back, and the others starve.
#[derive(Debug)]
pub struct Gil {
    queue: Mutex<Queue>,
    served: Condvar,
    switch_interval: Duration,
}

#[derive(Debug, Default)]
struct Queue {
    next_ticket: u64,
    now_serving: u64,
}

impl Queue {
    fn take_ticket(&mut self) -> u64 {
        self.next_ticket += 1;
        self.next_ticket - 1
    }

    /// Tickets taken but not yet served, not counting the holder's.
    fn waiting(&self) -> u64 {
        (self.next_ticket - self.now_serving).saturating_sub(1)
    }
}
// ANCHOR_END: gil

impl Default for Gil {
    /// A Gil with CPython's default switch interval, 5 ms.
    fn default() -> Self {
        Gil::new(DEFAULT_SWITCH_INTERVAL)
    }
}

impl Gil {
    /// A free Gil whose holder hands it over after `switch_interval` when another thread waits
    /// (`sys.setswitchinterval(seconds)` in Python).
    ///
    /// ```
    /// let gil = gil::Gil::new(std::time::Duration::from_millis(5));
    /// assert_eq!(gil.switch_interval(), std::time::Duration::from_millis(5));
    /// ```
    pub fn new(switch_interval: Duration) -> Self {
        Gil {
            queue: Mutex::new(Queue::default()),
            served: Condvar::new(),
            switch_interval,
        }
    }

    /// How long a thread may hold the Gil while others wait (`sys.getswitchinterval()`).
    pub fn switch_interval(&self) -> Duration {
        self.switch_interval
    }

    /// How many threads are queued for the Gil right now.
    ///
    /// ```
    /// let gil = gil::Gil::default();
    /// let held = gil.acquire(None);
    /// assert_eq!(gil.waiting(), 0);
    /// # drop(held);
    /// ```
    pub fn waiting(&self) -> usize {
        self.lock_queue().waiting() as usize
    }

    // ANCHOR: acquire
    /// Waits for the Gil and returns the guard that proves this thread holds it. When
    /// `timeline` is given, each turn the thread holds the Gil is recorded there as a [`TURN`].
    pub fn acquire<'a>(&'a self, timeline: Option<&'a Timeline>) -> GilGuard<'a> {
        let mut queue = self.lock_queue();
        let ticket = queue.take_ticket();
        drop(self.wait_for(queue, ticket));
        GilGuard {
            gil: self,
            turn_started: Instant::now(),
            timeline,
            holding: true,
        }
    }

    fn wait_for<'q>(&self, mut queue: MutexGuard<'q, Queue>, ticket: u64) -> MutexGuard<'q, Queue> {
        while queue.now_serving != ticket {
            queue = self
                .served
                .wait(queue)
                .unwrap_or_else(PoisonError::into_inner);
        }
        queue
    }

    fn serve_next(&self, queue: &mut Queue) {
        queue.now_serving += 1;
        self.served.notify_all();
    }
    // ANCHOR_END: acquire

    fn lock_queue(&self) -> MutexGuard<'_, Queue> {
        self.queue.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// Proof that this thread holds the [`Gil`]; dropping it releases the Gil.
#[derive(Debug)]
pub struct GilGuard<'a> {
    gil: &'a Gil,
    turn_started: Instant,
    timeline: Option<&'a Timeline>,
    holding: bool, // false only while `allow_threads` runs its closure
}

impl GilGuard<'_> {
    // ANCHOR: switch
    /// Called between two steps of work, as CPython's eval loop checks its "eval breaker":
    /// once this thread has held the Gil for a switch interval *and* another thread waits, it
    /// hands the Gil to the thread that has waited longest and queues behind it.
    ///
    /// Returns whether another thread ran in between. CPython 3.2+ does the same with a "drop
    /// request": a waiter that has waited a switch interval asks the holder to let go, and the
    /// holder waits until another thread has taken the GIL before it asks for it again.
    pub fn switch_if_due(&mut self) -> bool {
        if self.turn_started.elapsed() < self.gil.switch_interval {
            return false;
        }
        let mut queue = self.gil.lock_queue();
        if queue.waiting() == 0 {
            return false; // nobody asked: keep running
        }
        self.end_turn();
        let ticket = queue.take_ticket();
        self.gil.serve_next(&mut queue);
        drop(self.gil.wait_for(queue, ticket));
        self.turn_started = Instant::now();
        true
    }
    // ANCHOR_END: switch

    // ANCHOR: allow_threads
    /// Runs `blocking` (a sleep, a read, a lock acquire) with the Gil released, then takes it
    /// back: CPython's `Py_BEGIN_ALLOW_THREADS` / `Py_END_ALLOW_THREADS`, which `time.sleep`,
    /// file and socket I/O and `lock.acquire()` all use.
    pub fn allow_threads<T>(&mut self, blocking: impl FnOnce() -> T) -> T {
        self.end_turn();
        self.holding = false;
        self.gil.serve_next(&mut self.gil.lock_queue());
        let value = blocking(); // if this panics, `drop` must not release the Gil a second time
        let mut queue = self.gil.lock_queue();
        let ticket = queue.take_ticket();
        drop(self.gil.wait_for(queue, ticket));
        self.holding = true;
        self.turn_started = Instant::now();
        value
    }
    // ANCHOR_END: allow_threads

    fn end_turn(&self) {
        if let Some(timeline) = self.timeline {
            timeline.add(TURN, self.turn_started, Instant::now());
        }
    }
}

impl Drop for GilGuard<'_> {
    fn drop(&mut self) {
        if self.holding {
            self.end_turn();
            self.gil.serve_next(&mut self.gil.lock_queue());
        }
    }
}
