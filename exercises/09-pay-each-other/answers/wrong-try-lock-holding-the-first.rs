//! `try_lock` for the second account, but it keeps the first lock while it tries again: both
//! payers hold one lock and poll for the other, for ever.
//! caught: forced

// ANSWER: transfer
if from.id == to.id {
    return;
}
let mut debit = from.balance.lock().unwrap();
between_locks();
let mut credit = loop {
    if let Ok(credit) = to.balance.try_lock() {
        break credit;
    }
    std::thread::yield_now(); // still holding `from`
};
*debit -= amount;
*credit += amount;
// ANSWER_END: transfer
