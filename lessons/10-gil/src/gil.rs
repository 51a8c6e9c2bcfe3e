//! A simulated Global Interpreter Lock: one lock that "interpreter threads" must hold to run.
//!
//! How it is built (a ticket lock) is on the book's deeper page
//! `docs/src/deeper/10-ticket-lock.md`; the chapter uses only its three operations.

use std::sync::{Condvar, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

use timing::SpanGuard;

/// CPython's default switch interval, what `sys.getswitchinterval()` returns: 5 ms.
pub const DEFAULT_SWITCH_INTERVAL: Duration = Duration::from_millis(5);

/// The label of the span recorded (see [`timing::record`]) for each turn a thread holds the
/// [`Gil`].
pub const TURN: &str = "holds the GIL";

// ANCHOR: gil
/// One global lock that every "interpreter thread" must hold to run a step of Python code.
///
/// A *ticket lock*: a thread that wants the Gil takes the next ticket and waits until that
/// ticket is served, so threads get it in the order they asked. A plain `Mutex` would not do:
/// its unlock does not hand the lock to a waiter, so a thread that unlocks and locks again at
/// once usually gets it back, and the others starve.
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
// ANCHOR_END: gil

// ANCHOR: queue
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
// ANCHOR_END: queue

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
    /// let held = gil.acquire();
    /// assert_eq!(gil.waiting(), 0);
    /// # drop(held);
    /// ```
    pub fn waiting(&self) -> usize {
        self.lock_queue().waiting() as usize
    }

    fn lock_queue(&self) -> MutexGuard<'_, Queue> {
        self.queue.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

// ANCHOR: acquire
impl Gil {
    /// Waits for the Gil and returns the guard that proves this thread holds it.
    pub fn acquire(&self) -> GilGuard<'_> {
        let mut queue = self.lock_queue();
        let ticket = queue.take_ticket();
        drop(self.wait_for(queue, ticket));
        GilGuard {
            gil: self,
            turn_started: Instant::now(),
            turn: Some(timing::span_guard(TURN)),
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
}
// ANCHOR_END: acquire

/// Proof that this thread holds the [`Gil`]; dropping it releases the Gil.
///
/// Each turn with the Gil is a [`TURN`] span (recorded only inside [`timing::record`]).
#[derive(Debug)]
pub struct GilGuard<'a> {
    gil: &'a Gil,
    turn_started: Instant,
    /// `None` only while `allow_threads` runs its closure: then this thread does not hold it.
    turn: Option<SpanGuard>,
}

// ANCHOR: switch
impl GilGuard<'_> {
    /// Called between two steps of work, as CPython's eval loop checks its "eval breaker":
    /// once this thread has held the Gil for a switch interval *and* another thread waits, it
    /// hands the Gil to the thread that has waited longest and queues behind it.
    /// Returns whether another thread ran in between.
    pub fn switch_if_due(&mut self) -> bool {
        if self.turn_started.elapsed() < self.gil.switch_interval {
            return false;
        }
        let mut queue = self.gil.lock_queue();
        if queue.waiting() == 0 {
            return false; // nobody asked: keep running
        }
        self.turn = None; // this turn ends here
        let ticket = queue.take_ticket();
        self.gil.serve_next(&mut queue);
        drop(self.gil.wait_for(queue, ticket));
        self.start_turn();
        true
    }

    fn start_turn(&mut self) {
        self.turn_started = Instant::now();
        self.turn = Some(timing::span_guard(TURN));
    }
}
// ANCHOR_END: switch

// ANCHOR: allow_threads
impl GilGuard<'_> {
    /// Runs `blocking` (a sleep, a read, a lock acquire) with the Gil released, then takes it
    /// back: CPython's `Py_BEGIN_ALLOW_THREADS` / `Py_END_ALLOW_THREADS`.
    pub fn allow_threads<T>(&mut self, blocking: impl FnOnce() -> T) -> T {
        self.turn = None; // if `blocking` panics, `drop` must not release the Gil again
        self.gil.serve_next(&mut self.gil.lock_queue());
        let value = blocking();
        let mut queue = self.gil.lock_queue();
        let ticket = queue.take_ticket();
        drop(self.gil.wait_for(queue, ticket));
        self.start_turn();
        value
    }
}

impl Drop for GilGuard<'_> {
    fn drop(&mut self) {
        if self.turn.take().is_some() {
            self.gil.serve_next(&mut self.gil.lock_queue());
        }
    }
}
// ANCHOR_END: allow_threads
