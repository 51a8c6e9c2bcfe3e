//! Exercise 09-pay-each-other: seed 003's deadlock, two transfers that take two locks in
//! opposite orders; fix it with one global lock order. `cargo run -p practice -- check
//! 09-pay-each-other` checks it.

use std::sync::{Mutex, TryLockError};

/// A bank account: an id that fixes its place in the lock order, and a balance behind its own
/// lock.
#[derive(Debug)]
pub struct Account {
    /// Its place in the lock order.
    pub id: u32,
    balance: Mutex<i64>,
}

impl Account {
    /// A new account.
    pub fn new(id: u32, balance: i64) -> Account {
        let balance = Mutex::new(balance);
        Account { id, balance }
    }

    /// The balance now (takes the lock for a moment).
    pub fn balance(&self) -> i64 {
        *self.balance.lock().unwrap()
    }

    /// Whether some thread holds this account's lock right now (for the tests).
    pub fn is_locked(&self) -> bool {
        matches!(self.balance.try_lock(), Err(TryLockError::WouldBlock))
    }
}

// ANSWER: docs-transfer
/// Moves `amount` from `from` to `to`. Calls `between_locks` once, holding only the first of
/// the two locks (the tests use it to make the unlucky moment certain).
///
/// Locks are taken by increasing id, whatever the direction, so no cycle can form.
// ANSWER_END: docs-transfer
pub fn transfer(from: &Account, to: &Account, amount: i64, between_locks: impl FnOnce()) {
    // ANSWER: transfer
    if from.id == to.id {
        return; // one mutex, locked twice by one thread, would wait for itself
    }
    let (mut from_balance, mut to_balance) = if from.id < to.id {
        let from_balance = from.balance.lock().unwrap();
        between_locks();
        (from_balance, to.balance.lock().unwrap())
    } else {
        let to_balance = to.balance.lock().unwrap();
        between_locks();
        (from.balance.lock().unwrap(), to_balance)
    };
    *from_balance -= amount;
    *to_balance += amount;
    // ANSWER_END: transfer
}
