//! The classic deadlock: two threads take the same two locks in opposite order.

use std::io;
use std::path::Path;
use std::process::Command;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Barrier};
use std::thread;
use std::time::Duration;

use parking_lot::Mutex;

use crate::watch::{Watch, heartbeat, watch};

/// A bank account: an id that fixes its place in the global lock order, a name, and a balance
/// behind its own lock.
#[derive(Debug)]
pub struct Account {
    /// Its place in the lock order: locks are taken by increasing id.
    pub id: u32,
    /// Its owner, for the messages.
    pub name: &'static str,
    balance: Mutex<i64>,
}

impl Account {
    /// A new account.
    pub fn new(id: u32, name: &'static str, balance: i64) -> Self {
        Account {
            id,
            name,
            balance: Mutex::new(balance),
        }
    }

    /// The balance now (takes the lock for a moment).
    pub fn balance(&self) -> i64 {
        *self.balance.lock()
    }
}

// ANCHOR: transfer
/// Moves `amount` from `from` to `to`: locks `from`, then `to`.
///
/// The order of the locks depends on the direction of the transfer, so Alice paying Bob while
/// Bob pays Alice can deadlock. `between_locks` runs while only `from` is held: the moment
/// another thread can take `to` first. Pass `|| {}`; the lesson passes a `Barrier` to make the
/// unlucky interleaving happen every time.
///
/// ```
/// use deadlock::{Account, transfer};
/// let (alice, bob) = (Account::new(1, "alice", 10), Account::new(2, "bob", 10));
/// transfer(&alice, &bob, 3, || {});
/// assert_eq!((alice.balance(), bob.balance()), (7, 13));
/// ```
pub fn transfer(from: &Account, to: &Account, amount: i64, between_locks: impl FnOnce()) {
    let mut from_balance = from.balance.lock();
    between_locks();
    let mut to_balance = to.balance.lock();
    *from_balance -= amount;
    *to_balance += amount;
}
// ANCHOR_END: transfer

// ANCHOR: ordered
/// The fix: take the two locks in one global order (by account id), whatever the direction.
/// A cycle would need someone to hold a higher lock while waiting for a lower one, and nobody
/// ever does. (Paying yourself would lock one mutex twice: see `relock_same_thread`.)
///
/// ```
/// use deadlock::{Account, transfer_ordered};
/// let (alice, bob) = (Account::new(1, "alice", 10), Account::new(2, "bob", 10));
/// transfer_ordered(&bob, &alice, 4);
/// assert_eq!((alice.balance(), bob.balance()), (14, 6));
/// ```
pub fn transfer_ordered(from: &Account, to: &Account, amount: i64) {
    if from.id == to.id {
        return;
    }
    let (first, second) = if from.id < to.id {
        (from, to)
    } else {
        (to, from)
    };
    let first_guard = first.balance.lock();
    let second_guard = second.balance.lock();
    let (mut from_balance, mut to_balance) = if from.id < to.id {
        (first_guard, second_guard)
    } else {
        (second_guard, first_guard)
    };
    *from_balance -= amount;
    *to_balance += amount;
}
// ANCHOR_END: ordered

/// Alice pays Bob and Bob pays Alice, `transfers` times each, on two threads, with
/// [`transfer_ordered`]. Returns the two balances afterwards (they started at 100 each).
///
/// ```
/// assert_eq!(deadlock::pay_each_other_ordered(1000), (100, 100));
/// ```
pub fn pay_each_other_ordered(transfers: u32) -> (i64, i64) {
    let (alice, bob) = (Account::new(1, "alice", 100), Account::new(2, "bob", 100));
    thread::scope(|s| {
        s.spawn(|| (0..transfers).for_each(|_| transfer_ordered(&alice, &bob, 1)));
        s.spawn(|| (0..transfers).for_each(|_| transfer_ordered(&bob, &alice, 1)));
    });
    (alice.balance(), bob.balance())
}

/// In the child, after this many transfers both threads meet at a `Barrier` holding their
/// first lock.
pub const DEADLOCK_AFTER: u64 = 40;

/// Work each thread does between transfers, outside the locks (scaled by `LESSON_TIME_SCALE`).
pub const WORK: Duration = Duration::from_millis(5);

// ANCHOR: child
/// The child's side (hidden scenario `two-locks`): two threads pay each other forever with
/// [`transfer`], counting transfers, while the main thread prints a heartbeat. Once
/// [`DEADLOCK_AFTER`] transfers are done, each thread waits at a `Barrier` between its two locks,
/// so the deadlock that can happen in any round (and sometimes does, by itself) happens for
/// sure. Never returns.
pub fn two_locks_child() -> ! {
    let alice = Arc::new(Account::new(1, "alice", 100));
    let bob = Arc::new(Account::new(2, "bob", 100));
    let moves = Arc::new(AtomicU64::new(0));
    let barrier = Arc::new(Barrier::new(2));
    for (from, to) in [(&alice, &bob), (&bob, &alice)] {
        let (from, to) = (Arc::clone(from), Arc::clone(to));
        let (moves, barrier) = (Arc::clone(&moves), Arc::clone(&barrier));
        let name = format!("{}-pays-{}", from.name, to.name);
        thread::Builder::new()
            .name(name.clone())
            .spawn(move || {
                loop {
                    timing::sleep(WORK);
                    transfer(&from, &to, 1, || {
                        if moves.load(Ordering::Relaxed) >= DEADLOCK_AFTER {
                            println!("{name}: holds {}, waits for {}", from.name, to.name);
                            barrier.wait();
                        }
                    });
                    moves.fetch_add(1, Ordering::Relaxed);
                }
            })
            .expect("the OS could not start a thread");
    }
    heartbeat(&moves)
}
// ANCHOR_END: child

// ANCHOR: watch_two_locks
/// Runs the lesson's binary `exe` in scenario `two-locks`, kills it after `bound`, and reports
/// what its heartbeat showed.
pub fn watch_two_locks(exe: &Path, bound: Duration) -> io::Result<Watch> {
    watch(Command::new(exe).args(["--scenario", "two-locks"]), bound)
}
// ANCHOR_END: watch_two_locks
