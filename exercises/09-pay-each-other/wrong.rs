//! A typical wrong answer to 09-pay-each-other (the graders must reject it): the receiver's
//! lock first, then the payer's. Still two orders: Alice→Bob takes Bob first, Bob→Alice takes
//! Alice first, and each holds what the other waits for.

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

/// Moves `amount` from `from` to `to`: locks `to`, then `from`.
pub fn transfer(from: &Account, to: &Account, amount: i64, between_locks: impl FnOnce()) {
    if from.id == to.id {
        return;
    }
    let mut to_balance = to.balance.lock().unwrap();
    between_locks();
    let mut from_balance = from.balance.lock().unwrap();
    *from_balance -= amount;
    *to_balance += amount;
}
