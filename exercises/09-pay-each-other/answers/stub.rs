//! What the learner starts from: seed 003's transfer, `from`'s lock then `to`'s.

// ANSWER: transfer
let mut from_balance = from.balance.lock().unwrap();
between_locks();
let mut to_balance = to.balance.lock().unwrap(); // the other transfer may hold it
*from_balance -= amount;
*to_balance += amount;
// ANSWER_END: transfer
