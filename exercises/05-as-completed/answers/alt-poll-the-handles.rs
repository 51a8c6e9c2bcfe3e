//! Another route: no `as_completed`; the handles still pending are polled, and whichever is done
//! first is printed.

// ANSWER: print-as-completed
let mut pending: Vec<TaskHandle<String>> = seconds
    .iter()
    .map(|&sec| {
        let task = task.clone();
        pool.submit(move || task(sec))
    })
    .collect();
while !pending.is_empty() {
    match pending.iter().position(TaskHandle::is_done) {
        Some(done) => {
            let result = pending.swap_remove(done).result();
            print(result.unwrap_or_else(|error| error.to_string()));
        }
        None => {
            pending[0].wait_timeout(std::time::Duration::from_millis(1));
        }
    }
}
// ANSWER_END: print-as-completed
