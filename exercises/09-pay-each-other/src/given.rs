//! Given: leave this file as it is. A bank account whose balance has a lock of its own.

use std::sync::{Mutex, TryLockError};

/// A bank account: an id, and a balance behind its own lock.
#[derive(Debug)]
pub struct Account {
    /// Its number: no two accounts share one.
    pub id: u32,
    /// The balance, behind the account's lock (`transfer` may lock it; the tests cannot).
    pub(crate) balance: Mutex<i64>,
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
