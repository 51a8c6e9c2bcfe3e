//! It reads the results as they complete, but keeps them and prints them all at the end: no
//! line appears until the slowest task is done.
//! caught: forced

// ANSWER: print-as-completed
let handles: Vec<_> = seconds
    .iter()
    .map(|&sec| {
        let task = task.clone();
        pool.submit(move || task(sec))
    })
    .collect();
let lines: Vec<String> = as_completed(handles)
    .map(|(_index, result)| result.unwrap_or_else(|error| error.to_string()))
    .collect();
for line in lines {
    print(line);
}
// ANSWER_END: print-as-completed
