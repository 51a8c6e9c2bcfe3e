//! Another route: one chain, from the seconds to the lines printed, with a `match` on each result.

// ANSWER: print-as-completed
let handles = seconds
    .iter()
    .map(|&sec| {
        let task = task.clone();
        pool.submit(move || task(sec))
    })
    .collect();
as_completed(handles)
    .map(|(_index, result)| match result {
        Ok(line) => line,
        Err(error) => format!("{error}"),
    })
    .for_each(&mut print);
// ANSWER_END: print-as-completed
