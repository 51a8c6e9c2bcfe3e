//! It sorts the two accounts by id, then debits the first and credits the second: when the
//! payer has the higher id, the money goes the wrong way.
//! caught: assertion

// ANSWER: transfer
if from.id == to.id {
    return;
}
let mut pair = [from, to];
pair.sort_by_key(|account| account.id);
let mut lower = pair[0].balance.lock().unwrap();
between_locks();
let mut higher = pair[1].balance.lock().unwrap();
*lower -= amount; // but the payer may be the higher one
*higher += amount;
// ANSWER_END: transfer
