//! The receiver's lock first, then the payer's. Still two orders: Alice→Bob takes Bob first,
//! Bob→Alice takes Alice first, and each holds what the other waits for.
//! caught: assertion

// ANSWER: docs-transfer
/// Moves `amount` from `from` to `to`: locks `to`, then `from`.
// ANSWER_END: docs-transfer

// ANSWER: transfer
if from.id == to.id {
    return;
}
let mut to_balance = to.balance.lock().unwrap();
between_locks();
let mut from_balance = from.balance.lock().unwrap();
*from_balance -= amount;
*to_balance += amount;
// ANSWER_END: transfer
