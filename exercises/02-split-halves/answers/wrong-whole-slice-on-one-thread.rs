//! One thread doubles the whole slice: nothing runs at the same time.
//! caught: assertion

// ANSWER: double-in-two-threads
thread::scope(|s| {
    s.spawn(|| double_all("both halves", values));
});
// ANSWER_END: double-in-two-threads
