//! The payee's lock first, then the payer's. Still two orders: Alice→Bob takes Bob first,
//! Bob→Alice takes Alice first, and each holds what the other waits for.
//! caught: forced

// ANSWER: transfer
if from.id == to.id {
    return;
}
let mut credit = to.balance.lock().unwrap();
between_locks();
let mut debit = from.balance.lock().unwrap();
*debit -= amount;
*credit += amount;
// ANSWER_END: transfer
