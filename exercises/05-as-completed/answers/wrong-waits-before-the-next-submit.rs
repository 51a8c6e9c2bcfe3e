//! It waits for each task's result before submitting the next, so the pool runs one task at a
//! time.
//! caught: forced

// ANSWER: print-as-completed
for &sec in seconds {
    let task = task.clone();
    let result = pool.submit(move || task(sec)).result();
    print(result.unwrap_or_else(|error| error.to_string()));
}
// ANSWER_END: print-as-completed
