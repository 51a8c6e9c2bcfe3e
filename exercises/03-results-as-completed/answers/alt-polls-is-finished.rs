//! No channel: it keeps every handle and asks each in turn whether its thread has finished,
//! joining the finished ones, every millisecond until none is left.

// ANSWER: as-completed
let mut running: Vec<(usize, thread::JoinHandle<T>)> =
    jobs.into_iter().map(thread::spawn).enumerate().collect();
while !running.is_empty() {
    let mut still = Vec::new();
    for (index, handle) in running {
        if handle.is_finished() {
            on_result(index, handle.join().expect("the job does not panic"));
        } else {
            still.push((index, handle));
        }
    }
    running = still;
    thread::sleep(Duration::from_millis(1));
}
// ANSWER_END: as-completed

// ANSWER: imports
use std::thread;
use std::time::Duration;
// ANSWER_END: imports
