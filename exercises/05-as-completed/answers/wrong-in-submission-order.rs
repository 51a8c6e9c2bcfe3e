//! It submits every task first, but then waits for the results in the order submitted, as
//! `executor.map` does: a slow first task holds back every line.
//! caught: forced

// ANSWER: print-as-completed
let handles: Vec<_> = seconds
    .iter()
    .map(|&sec| {
        let task = task.clone();
        pool.submit(move || task(sec))
    })
    .collect();
for handle in handles {
    print(handle.result().unwrap_or_else(|error| error.to_string()));
}
// ANSWER_END: print-as-completed
