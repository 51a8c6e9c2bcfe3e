//! It sorts the two accounts by id, then debits the first and credits the second, so when the
//! payer has the higher id, the money goes the wrong way.
//! caught: assertion

// ANSWER: docs-transfer
/// Moves `amount` from `from` to `to`, lower id first.
// ANSWER_END: docs-transfer

// ANSWER: transfer
if from.id == to.id {
    return;
}
let (first, second) = if from.id < to.id {
    (from, to)
} else {
    (to, from)
};
let mut first_balance = first.balance.lock().unwrap();
between_locks();
let mut second_balance = second.balance.lock().unwrap();
*first_balance -= amount;
*second_balance += amount;
// ANSWER_END: transfer
