//! The lock order is right, but paying yourself locks the same mutex twice on one thread: the
//! second `lock()` waits for the first for ever.
//! caught: bound

// ANSWER: transfer
let lower_first = from.id <= to.id;
let (first, second) = if lower_first { (from, to) } else { (to, from) };
let mut first_balance = first.balance.lock().unwrap();
between_locks();
let mut second_balance = second.balance.lock().unwrap(); // the same mutex, if from is to
let (debit, credit) = match lower_first {
    true => (&mut first_balance, &mut second_balance),
    false => (&mut second_balance, &mut first_balance),
};
**debit -= amount;
**credit += amount;
// ANSWER_END: transfer
