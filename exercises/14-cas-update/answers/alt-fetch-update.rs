//! std's own retry loop: `fetch_update` calls the closure again with the newer value whenever
//! the swap fails, so the retries are the calls after the first.

// ANSWER: update
let mut calls = 0;
let _ = val.fetch_update(Relaxed, Relaxed, |current| {
    calls += 1;
    Some(work(current))
});
calls - 1
// ANSWER_END: update
