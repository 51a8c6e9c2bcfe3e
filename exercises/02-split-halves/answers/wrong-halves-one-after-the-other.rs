//! It joins the first half's thread before starting the second's, so the halves are doubled one
//! after the other.
//! caught: forced

// ANSWER: double-in-two-threads
let (first, second) = values.split_at_mut(values.len() / 2);
thread::scope(|s| {
    s.spawn(|| double_all("first half", first))
        .join()
        .expect("doubling does not panic");
    s.spawn(|| double_all("second half", second))
        .join()
        .expect("doubling does not panic");
});
// ANSWER_END: double-in-two-threads
