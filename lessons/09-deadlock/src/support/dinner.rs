//! The dinner driver: philosophers as named threads, eating rounds with one of the fixes.

use std::sync::Barrier;
use std::sync::atomic::{AtomicU64, Ordering};
use std::thread;
use std::time::Duration;

use crate::philosophers::{Table, Waiter, eat_in_order, eat_with_backoff, eat_with_waiter, forks};

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

/// `n` philosophers (threads `philosopher-0`…) each think for `meal / 2` and then eat for
/// `meal` (both scaled), `rounds` times, taking forks the way `fix` says. Each meal is a
/// `timing::span` named `meal <round>`.
///
/// With [`Fix::Backoff`], every philosopher first picks up the left fork and waits at a
/// `Barrier` until all have: the start that deadlocks the naive dinner.
pub fn dine(fix: Fix, n: usize, rounds: u32, meal: Duration) -> Dinner {
    let forks = forks(n);
    let waiter = Waiter::new(n - 1);
    let table = Table::new(n);
    let everyone_holds_left = Barrier::new(n);
    let gave_up = AtomicU64::new(0);
    let philosopher = |i: usize| {
        let (left, right) = (i, (i + 1) % n);
        let mut eaten = 0;
        for round in 1..=rounds {
            timing::sleep(meal / 2);
            let eat = || {
                timing::span(format!("meal {round}"), || timing::sleep(meal));
                eaten += 1;
            };
            match fix {
                Fix::LockOrder => eat_in_order(&forks, left, right, eat),
                Fix::Waiter => eat_with_waiter(&waiter, &forks, left, right, eat),
                Fix::BothAtOnce => table.eat(left, right, eat),
                Fix::Backoff => {
                    let patience = timing::scaled(meal);
                    let start = || {
                        if round == 1 {
                            everyone_holds_left.wait();
                        }
                    };
                    let n = eat_with_backoff(&forks, left, right, patience, start, eat);
                    gave_up.fetch_add(n, Ordering::Relaxed);
                }
            }
        }
        eaten
    };
    let meals = thread::scope(|s| {
        let handles: Vec<_> = (0..n)
            .map(|i| {
                let philosopher = &philosopher;
                thread::Builder::new()
                    .name(format!("philosopher-{i}"))
                    .spawn_scoped(s, move || philosopher(i))
                    .expect("the OS could not start a thread")
            })
            .collect();
        let meals = handles
            .into_iter()
            .map(|h| h.join().expect("a philosopher panicked"));
        meals.collect()
    });
    let gave_up = gave_up.into_inner();
    Dinner { meals, gave_up }
}
