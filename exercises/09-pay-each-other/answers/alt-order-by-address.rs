//! Any global order will do: here, the accounts' addresses in memory, lower first.

// ANSWER: transfer
let (from_at, to_at) = (std::ptr::from_ref(from), std::ptr::from_ref(to));
if from_at == to_at {
    return;
}
let (first, second) = if from_at < to_at {
    (from, to)
} else {
    (to, from)
};
let first_guard = first.balance.lock().unwrap();
between_locks();
let second_guard = second.balance.lock().unwrap();
let (mut debit, mut credit) = match from_at < to_at {
    true => (first_guard, second_guard),
    false => (second_guard, first_guard),
};
*debit -= amount;
*credit += amount;
// ANSWER_END: transfer
