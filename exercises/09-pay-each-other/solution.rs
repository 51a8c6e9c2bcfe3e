//! Exercise 09-pay-each-other: seed 003's deadlock, two transfers that take two locks in
//! opposite orders. `cargo run -p practice -- check 09-pay-each-other` checks it.

mod given;
pub use given::Account;

/// Moves `amount` from `from` to `to`, holding both accounts' locks. Calls `between_locks` once,
/// holding the first of the two and not yet the second (the tests use it to make the unlucky
/// moment certain).
pub fn transfer(from: &Account, to: &Account, amount: i64, between_locks: impl FnOnce()) {
    // ANSWER: transfer
    if from.id == to.id {
        return; // one mutex, locked twice by one thread, would wait for itself
    }
    // One global order, lower id first, whatever the direction: no cycle can form.
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
