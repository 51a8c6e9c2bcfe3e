//! The dinner itself: philosophers as named threads, eating rounds with one of the fixes; the
//! naive dinner that deadlocks (in a child process); and live-lock.

use std::io;
use std::path::Path;
use std::process::Command;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Barrier};
use std::thread;
use std::time::Duration;

use timing::Timeline;

use crate::philosophers::{
    Table, Waiter, eat_in_order, eat_naive, eat_with_backoff, eat_with_waiter, forks,
};
use crate::watch::{Watch, heartbeat, watch};

/// The four fixes the lesson runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fix {
    /// [`eat_in_order`].
    LockOrder,
    /// [`eat_with_waiter`] with `n - 1` seats.
    Waiter,
    /// [`Table::eat`]: both forks at once, or none.
    BothAtOnce,
    /// [`eat_with_backoff`], started the way the naive dinner deadlocks.
    Backoff,
}

impl Fix {
    /// All four, in the order the lesson shows them.
    pub const ALL: [Fix; 4] = [Fix::LockOrder, Fix::Waiter, Fix::BothAtOnce, Fix::Backoff];

    /// A short name for tables.
    pub fn label(self) -> &'static str {
        match self {
            Fix::LockOrder => "lock order",
            Fix::Waiter => "waiter (n-1 seats)",
            Fix::BothAtOnce => "both forks at once",
            Fix::Backoff => "try_lock_for + back-off",
        }
    }
}

/// What a finished dinner returned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dinner {
    /// Meals eaten by each philosopher.
    pub meals: Vec<u32>,
    /// How many times philosophers gave up their left fork (back-off only).
    pub gave_up: u64,
}

// ANCHOR: dine
/// `n` philosophers (threads `philosopher-0`…) each think for `meal / 2` and then eat for
/// `meal` (both scaled), `rounds` times, taking forks the way `fix` says. Each meal is a span
/// on `timeline`.
///
/// With [`Fix::Backoff`], every philosopher first picks up the left fork and waits at a
/// `Barrier` until all have: the start that deadlocks the naive dinner.
pub fn dine(fix: Fix, n: usize, rounds: u32, meal: Duration, timeline: &Timeline) -> Dinner {
    let forks = forks(n);
    let waiter = Waiter::new(n - 1);
    let table = Table::new(n);
    let everyone_holds_left = Barrier::new(n);
    let gave_up = AtomicU64::new(0);
    let meals = thread::scope(|s| {
        let handles: Vec<_> = (0..n)
            .map(|i| {
                let (forks, waiter, table) = (&forks, &waiter, &table);
                let barrier = &everyone_holds_left;
                let gave_up = &gave_up;
                let (left, right) = (i, (i + 1) % n);
                let philosopher = move || {
                    let mut eaten = 0;
                    for round in 1..=rounds {
                        timing::sleep(meal / 2);
                        let eat = || {
                            timeline.record(format!("meal {round}"), || timing::sleep(meal));
                            eaten += 1;
                        };
                        match fix {
                            Fix::LockOrder => eat_in_order(forks, left, right, eat),
                            Fix::Waiter => eat_with_waiter(waiter, forks, left, right, eat),
                            Fix::BothAtOnce => table.eat(left, right, eat),
                            Fix::Backoff => {
                                let patience = timing::scaled(meal);
                                let start = || {
                                    if round == 1 {
                                        barrier.wait();
                                    }
                                };
                                let n = eat_with_backoff(forks, left, right, patience, start, eat);
                                gave_up.fetch_add(n, Ordering::Relaxed);
                            }
                        }
                    }
                    eaten
                };
                thread::Builder::new()
                    .name(format!("philosopher-{i}"))
                    .spawn_scoped(s, philosopher)
                    .expect("the OS could not start a thread")
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("a philosopher panicked"))
            .collect()
    });
    Dinner {
        meals,
        gave_up: gave_up.into_inner(),
    }
}
// ANCHOR_END: dine

// ANCHOR: naive_child
/// The child's side (hidden scenario `naive-dinner`): `n` philosophers take their left fork,
/// say so, wait at a `Barrier` until everyone holds one, then reach for the right fork. Meals
/// are counted for the heartbeat (there will be none). Never returns.
pub fn naive_dinner_child(n: usize) -> ! {
    let forks: Arc<Vec<_>> = Arc::new(forks(n));
    let everyone_holds_left = Arc::new(Barrier::new(n));
    let meals = Arc::new(AtomicU64::new(0));
    for i in 0..n {
        let (forks, barrier, meals) = (forks.clone(), everyone_holds_left.clone(), meals.clone());
        let (left, right) = (i, (i + 1) % n);
        let between_forks = move || {
            println!("philosopher-{i} holds fork {left}, waits for fork {right}");
            barrier.wait();
        };
        thread::Builder::new()
            .name(format!("philosopher-{i}"))
            .spawn(move || {
                eat_naive(&forks, left, right, between_forks, || {
                    meals.fetch_add(1, Ordering::Relaxed);
                })
            })
            .expect("the OS could not start a thread");
    }
    heartbeat(&meals)
}
// ANCHOR_END: naive_child

/// Runs the lesson's binary `exe` in scenario `naive-dinner` with `n` philosophers, kills it
/// after `bound`, and reports what its heartbeat showed.
pub fn watch_naive_dinner(exe: &Path, n: u32, bound: Duration) -> io::Result<Watch> {
    let mut command = Command::new(exe);
    command.args([
        "--scenario",
        "naive-dinner",
        "--philosophers",
        &n.to_string(),
    ]);
    watch(&mut command, bound)
}

// ANCHOR: livelock
/// What the live-lock demonstration counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Livelock {
    /// How many times a philosopher reached for the right fork.
    pub tries: u64,
    /// How many meals were eaten.
    pub meals: u64,
}

/// Live-lock: polite philosophers in lockstep. Each round, all pick up the left fork, all try
/// the right one (held by the neighbour: it fails), all put the left one down, all wait the same
/// `pause`. Every thread is busy and nobody ever waits on a lock for long, yet after `attempts`
/// rounds nobody has eaten. (The `Barrier`s make the lockstep exact; the fix is back-off for a
/// *random* time, as in [`eat_with_backoff`], which breaks the symmetry.)
pub fn livelock(n: usize, attempts: u32, pause: Duration) -> Livelock {
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
                    timing::sleep(pause);
                }
            });
        }
    });
    Livelock {
        tries: tries.into_inner(),
        meals: meals.into_inner(),
    }
}
// ANCHOR_END: livelock
