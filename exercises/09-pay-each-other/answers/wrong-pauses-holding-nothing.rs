//! Seed 003's two orders, with `between_locks` called before the first lock: the tests' pause
//! no longer lines the two payers up, and the deadlock comes only now and then. The contract
//! (one call, holding one of the two locks) is what makes it certain.
//! caught: assertion

// ANSWER: transfer
between_locks();
if from.id != to.id {
    let mut debit = from.balance.lock().unwrap();
    *to.balance.lock().unwrap() += amount; // the other transfer may hold it
    *debit -= amount;
}
// ANSWER_END: transfer
