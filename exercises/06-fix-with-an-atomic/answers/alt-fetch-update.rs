//! Another route: `fetch_update`, the compare-and-swap loop std writes for you, with `SeqCst`.

// ANSWER: add-one
pause();
let _ = counter.fetch_update(SeqCst, SeqCst, |n| Some(n + 1));
// ANSWER_END: add-one
