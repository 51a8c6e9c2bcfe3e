//! The lock order is right, but paying yourself locks the same mutex twice on one thread and
//! waits for itself.
//! caught: assertion

// ANSWER: docs-transfer
/// Moves `amount` from `from` to `to`, lower id first.
// ANSWER_END: docs-transfer

// ANSWER: transfer
let (mut from_balance, mut to_balance) = if from.id <= to.id {
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
