//! What the learner starts from.

// ANSWER: docs-transfer
/// Moves `amount` from `from` to `to`. Calls `between_locks` once, holding only the first of
/// the two locks (the tests use it to make the unlucky moment certain).
///
/// It locks `from`, then `to`: while Alice pays Bob, Bob pays Alice, and each holds the lock
/// the other waits for. Fix it.
// ANSWER_END: docs-transfer

// ANSWER: transfer
let mut from_balance = from.balance.lock().unwrap();
between_locks();
let mut to_balance = to.balance.lock().unwrap(); // the other transfer may hold it
*from_balance -= amount;
*to_balance += amount;
// ANSWER_END: transfer
