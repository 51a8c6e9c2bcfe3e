//! The payer's lock first, then `try_lock` for the payee's; if it is taken, let go of the first,
//! back off a little and start again. Nobody waits while holding a lock.

// ANSWER: transfer
if std::ptr::eq(from, to) {
    return;
}
let mut between_locks = Some(between_locks);
let mut pause = std::time::Duration::from_micros(10 + u64::from(from.id));
loop {
    let mut debit = from.balance.lock().unwrap();
    if let Some(once) = between_locks.take() {
        once();
    }
    if let Ok(mut credit) = to.balance.try_lock() {
        *debit -= amount;
        *credit += amount;
        return;
    }
    drop(debit);
    std::thread::sleep(pause);
    pause = (pause * 2).min(std::time::Duration::from_millis(1));
}
// ANSWER_END: transfer
