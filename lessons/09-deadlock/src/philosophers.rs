//! Dining philosophers: `n` philosophers round a table, one fork between each pair; a
//! philosopher needs both neighbouring forks to eat. Philosopher `i`'s left fork is fork `i`,
//! the right one is fork `(i + 1) % n`.

use std::collections::hash_map::RandomState;
use std::hash::BuildHasher;
use std::sync::Barrier;
use std::sync::atomic::{AtomicU64, Ordering};
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
/// Left fork, then right fork. `between_forks` runs while only the left fork is held.
pub fn eat_naive(
    forks: &Forks,
    left: usize,
    right: usize,
    between_forks: impl FnOnce(),
    eat: impl FnOnce(),
) {
    let _left = forks[left].lock();
    between_forks();
    let _right = forks[right].lock(); // held by the neighbour on the right?
    eat();
}
// ANCHOR_END: naive

// ANCHOR: ordered
/// Breaks *circular wait*: the lower-numbered fork first.
pub fn eat_in_order(forks: &Forks, left: usize, right: usize, eat: impl FnOnce()) {
    let _first = forks[left.min(right)].lock();
    let _second = forks[left.max(right)].lock();
    eat();
}
// ANCHOR_END: ordered

/// A counting semaphore (Python's `threading.Semaphore`): at most `seats` holders at once.
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
    /// Waits for a free seat and takes it.
    pub fn sit(&self) -> Seat<'_> {
        let mut free = self.free.lock();
        while *free == 0 {
            self.freed.wait(&mut free);
        }
        *free -= 1;
        Seat(self)
    }
}

impl Drop for Seat<'_> {
    fn drop(&mut self) {
        *self.0.free.lock() += 1;
        self.0.freed.notify_one();
    }
}

impl Waiter {
    /// A waiter with `seats` free seats.
    pub fn new(seats: usize) -> Self {
        let (free, freed) = (Mutex::new(seats), Condvar::new());
        Waiter { free, freed }
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

/// Breaks *circular wait* too: seated by a waiter with `n - 1` seats, the naive order is safe.
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

// ANCHOR: both_at_once
/// Breaks *hold and wait*: both forks in one step, or none (Dijkstra's solution, a monitor).
#[derive(Debug)]
pub struct Table {
    in_use: Mutex<Vec<bool>>,
    put_down: Condvar,
}

impl Table {
    /// Waits until both forks are free, takes both, eats, puts both down, wakes the waiters.
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

impl Table {
    /// A table with `n` free forks.
    pub fn new(n: usize) -> Self {
        let (in_use, put_down) = (Mutex::new(vec![false; n]), Condvar::new());
        Table { in_use, put_down }
    }
}

// ANCHOR: backoff
/// Breaks *no preemption*: whoever cannot get the right fork within `patience` puts the left one
/// down and backs off for a random time. Returns how many times it gave up. `between_forks` runs
/// once, the first time the left fork is held.
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
        thread::sleep(jitter(patience)); // random: neighbours do not come back together
    }
}

/// A random pause shorter than `2 × patience`.
fn jitter(patience: Duration) -> Duration {
    let random = RandomState::new().hash_one(thread::current().id());
    Duration::from_nanos(random % (2 * patience.as_nanos() as u64).max(1))
}
// ANCHOR_END: backoff

// ANCHOR: livelock
/// Polite philosophers in lockstep, `attempts` rounds: all take the left fork, all try the right
/// one once (`try_lock`: the neighbour holds it), all put the left one down, all wait the same
/// `pause`. Returns how many times they tried, and how many meals were eaten.
pub fn livelock(n: usize, attempts: u32, pause: Duration) -> (u64, u64) {
    let forks = forks(n);
    let lockstep = Barrier::new(n);
    let (tries, meals) = (AtomicU64::new(0), AtomicU64::new(0));
    thread::scope(|s| {
        for i in 0..n {
            let (forks, lockstep, tries, meals) = (&forks, &lockstep, &tries, &meals);
            s.spawn(move || {
                for _ in 0..attempts {
                    let left = forks[i].lock();
                    lockstep.wait(); // everyone holds a left fork
                    let right = forks[(i + 1) % n].try_lock();
                    tries.fetch_add(1, Ordering::Relaxed);
                    if right.is_some() {
                        meals.fetch_add(1, Ordering::Relaxed);
                    }
                    lockstep.wait(); // everyone has tried
                    drop((right, left));
                    timing::sleep(pause); // the same pause for all: they come back together
                }
            });
        }
    });
    (tries.into_inner(), meals.into_inner())
}
// ANCHOR_END: livelock
