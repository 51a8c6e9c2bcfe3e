//! One lock for the whole bank, taken before either account: no two transfers ever wait for
//! each other's accounts (simple, and no two transfers run at once).

// ANSWER: transfer
static BANK: std::sync::Mutex<()> = std::sync::Mutex::new(());
let _bank = BANK.lock().unwrap();
let mut debit = from.balance.lock().unwrap();
between_locks();
if from.id != to.id {
    *to.balance.lock().unwrap() += amount;
    *debit -= amount;
}
// ANSWER_END: transfer
