//! Dining philosophers: `n` philosophers round a table, one fork between each pair; a
//! philosopher needs both neighbouring forks to eat. Philosopher `i`'s left fork is fork `i`,
//! the right one is fork `(i + 1) % n`.

use std::hash::BuildHasher;
use std::thread;
use std::time::Duration;

use parking_lot::{Condvar, Mutex};

/// The forks on the table: one lock each.
pub type Forks = [Mutex<()>];

/// `n` forks.
pub fn forks(n: usize) -> Vec<Mutex<()>> {
    (0..n).map(|_| Mutex::new(())).collect()
}

// ANCHOR: naive
/// Left fork, then right fork. If all philosophers hold their left fork at once, each waits
/// for a right fork its neighbour holds: a cycle, and nobody ever eats.
/// `between_forks` runs while only the left fork is held.
pub fn eat_naive(
    forks: &Forks,
    left: usize,
    right: usize,
    between_forks: impl FnOnce(),
    eat: impl FnOnce(),
) {
    let _left = forks[left].lock();
    between_forks();
    let _right = forks[right].lock();
    eat();
}
// ANCHOR_END: naive

// ANCHOR: ordered
/// The fix that breaks *circular wait*: lower-numbered fork first. The last philosopher
/// reaches for fork 0 before fork `n - 1`, so the circle of "holds one, waits for the next"
/// cannot close.
pub fn eat_in_order(forks: &Forks, left: usize, right: usize, eat: impl FnOnce()) {
    let _first = forks[left.min(right)].lock();
    let _second = forks[left.max(right)].lock();
    eat();
}
// ANCHOR_END: ordered

// ANCHOR: waiter
/// A counting semaphore from a `Mutex<usize>` and a `Condvar`: at most `seats` holders at once.
/// (Python's `threading.Semaphore`.)
///
/// ```
/// let waiter = deadlock::Waiter::new(1);
/// let seat = waiter.sit();
/// assert!(waiter.try_sit().is_none()); // full
/// drop(seat);
/// assert!(waiter.try_sit().is_some());
/// ```
#[derive(Debug)]
pub struct Waiter {
    free: Mutex<usize>,
    freed: Condvar,
}

/// A seat given by [`Waiter::sit`]; it is given back when dropped.
#[derive(Debug)]
#[must_use = "the seat is given back when this is dropped"]
pub struct Seat<'a>(&'a Waiter);

impl Waiter {
    /// A waiter with `seats` free seats.
    pub fn new(seats: usize) -> Self {
        Waiter {
            free: Mutex::new(seats),
            freed: Condvar::new(),
        }
    }

    /// Waits for a free seat and takes it.
    pub fn sit(&self) -> Seat<'_> {
        let mut free = self.free.lock();
        while *free == 0 {
            self.freed.wait(&mut free);
        }
        *free -= 1;
        Seat(self)
    }

    /// Takes a seat if one is free now.
    pub fn try_sit(&self) -> Option<Seat<'_>> {
        let mut free = self.free.lock();
        (*free > 0).then(|| {
            *free -= 1;
            Seat(self)
        })
    }
}

impl Drop for Seat<'_> {
    fn drop(&mut self) {
        *self.0.free.lock() += 1;
        self.0.freed.notify_one();
    }
}

/// Another fix for *circular wait*: a waiter seats at most `n - 1` philosophers, so the circle
/// cannot fill, and at least one of those seated finds both forks free. Inside, it is the naive
/// order.
pub fn eat_with_waiter(
    waiter: &Waiter,
    forks: &Forks,
    left: usize,
    right: usize,
    eat: impl FnOnce(),
) {
    let _seat = waiter.sit();
    eat_naive(forks, left, right, || {}, eat);
}
// ANCHOR_END: waiter

// ANCHOR: both_at_once
/// The fix that breaks *hold and wait*: a philosopher picks up both forks in one step, or none.
/// The table notes which forks are in use, behind one lock; a philosopher whose forks are not
/// both free waits on a `Condvar`, holding nothing. (Dijkstra's solution: a monitor.)
#[derive(Debug)]
pub struct Table {
    in_use: Mutex<Vec<bool>>,
    put_down: Condvar,
}

impl Table {
    /// A table with `n` free forks.
    pub fn new(n: usize) -> Self {
        Table {
            in_use: Mutex::new(vec![false; n]),
            put_down: Condvar::new(),
        }
    }

    /// Waits until forks `left` and `right` are both free, takes both, runs `eat`, puts both
    /// down and wakes whoever waits.
    pub fn eat(&self, left: usize, right: usize, eat: impl FnOnce()) {
        let mut in_use = self.in_use.lock();
        while in_use[left] || in_use[right] {
            self.put_down.wait(&mut in_use);
        }
        (in_use[left], in_use[right]) = (true, true);
        drop(in_use);
        eat();
        let mut in_use = self.in_use.lock();
        (in_use[left], in_use[right]) = (false, false);
        self.put_down.notify_all();
    }
}
// ANCHOR_END: both_at_once

// ANCHOR: backoff
/// The fix that breaks *no preemption*: a philosopher who cannot get the right fork in time
/// gives up the left one. Take the left fork, wait at most `patience` for the right one, and if
/// it does not come, put the left fork down and back off for a random time before trying again.
/// Returns how many times it gave up.
/// `between_forks` runs once, the first time the left fork is held.
pub fn eat_with_backoff(
    forks: &Forks,
    left: usize,
    right: usize,
    patience: Duration,
    between_forks: impl FnOnce(),
    eat: impl FnOnce(),
) -> u64 {
    let mut between_forks = Some(between_forks);
    let mut gave_up = 0;
    loop {
        let left_fork = forks[left].lock();
        if let Some(between_forks) = between_forks.take() {
            between_forks();
        }
        if let Some(_right) = forks[right].try_lock_for(patience) {
            eat();
            return gave_up;
        }
        drop(left_fork);
        gave_up += 1;
        thread::sleep(jitter(patience, gave_up));
    }
}

/// A random back-off in `0..patience × 2^attempt` (capped at ×8): random, so that neighbours
/// who gave up at the same moment do not all come back at the same moment.
fn jitter(patience: Duration, attempt: u64) -> Duration {
    let ceiling = patience.as_nanos() as u64 * (1 << attempt.min(3));
    let random = std::collections::hash_map::RandomState::new().hash_one(attempt);
    Duration::from_nanos(random % ceiling.max(1))
}
// ANCHOR_END: backoff
