//! One scoped thread doubles the first half while the caller's own thread doubles the second:
//! two threads at once, one of them the caller's (as `rayon::join` does).

// ANSWER: double-in-two-threads
let (first, second) = values.split_at_mut(values.len() / 2);
thread::scope(|s| {
    s.spawn(|| double_all("first half", first));
    double_all("second half", second);
});
// ANSWER_END: double-in-two-threads
