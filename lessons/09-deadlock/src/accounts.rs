//! Two accounts, each behind its own lock: the classic deadlock, and its fix.

use std::thread;

use parking_lot::Mutex;

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
        let balance = Mutex::new(balance);
        Account { id, name, balance }
    }

    /// The balance now (takes the lock for a moment).
    pub fn balance(&self) -> i64 {
        *self.balance.lock()
    }
}

// ANCHOR: transfer
/// Moves `amount` from `from` to `to`: locks `from`, then `to`. `between_locks` runs while only
/// `from` is held (pass `|| {}`; the lesson's child process passes a `Barrier`).
pub fn transfer(from: &Account, to: &Account, amount: i64, between_locks: impl FnOnce()) {
    let mut from_balance = from.balance.lock();
    between_locks();
    let mut to_balance = to.balance.lock(); // another thread may hold it, waiting for ours
    *from_balance -= amount;
    *to_balance += amount;
}
// ANCHOR_END: transfer

// ANCHOR: ordered
/// The fix: take the two locks in one global order, lower id first, whatever the direction.
pub fn transfer_ordered(from: &Account, to: &Account, amount: i64) {
    if from.id == to.id {
        return; // one mutex, locked twice by one thread, would wait for itself
    }
    let (mut from_balance, mut to_balance) = if from.id < to.id {
        let from_balance = from.balance.lock();
        (from_balance, to.balance.lock())
    } else {
        let to_balance = to.balance.lock();
        (from.balance.lock(), to_balance)
    };
    *from_balance -= amount;
    *to_balance += amount;
}
// ANCHOR_END: ordered

/// Alice pays Bob and Bob pays Alice, `transfers` times each, on two threads, with
/// [`transfer_ordered`]. Returns the two balances afterwards (they started at 100 each).
pub fn pay_each_other_ordered(transfers: u32) -> (i64, i64) {
    let (alice, bob) = (Account::new(1, "alice", 100), Account::new(2, "bob", 100));
    thread::scope(|s| {
        s.spawn(|| (0..transfers).for_each(|_| transfer_ordered(&alice, &bob, 1)));
        s.spawn(|| (0..transfers).for_each(|_| transfer_ordered(&bob, &alice, 1)));
    });
    (alice.balance(), bob.balance())
}
