//! Another route: a `&mut Data` borrowed through the guard; the guard, a temporary of the `let`,
//! lives as long as the borrow.

// ANSWER: update
let data = &mut *data.lock().unwrap();
let local_val = data.val;
pause();
data.val = local_val + 1;
// ANSWER_END: update
