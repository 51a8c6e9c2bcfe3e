//! `unwrap` on each result: one panicking task takes the caller down (Python's `future.result()`
//! re-raises), and the other results are never printed.
//! caught: assertion

// ANSWER: print-as-completed
let handles: Vec<_> = seconds
    .iter()
    .map(|&sec| {
        let task = task.clone();
        pool.submit(move || task(sec))
    })
    .collect();
for (_index, result) in as_completed(handles) {
    print(result.unwrap());
}
// ANSWER_END: print-as-completed
