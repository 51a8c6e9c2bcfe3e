//! It prints the results of the tasks that succeeded and drops the errors: a task that panicked
//! leaves no line (Python's `except Exception: pass`).
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
    if let Ok(line) = result {
        print(line);
    }
}
// ANSWER_END: print-as-completed
