//! It waits for every thread, then returns the longest sleep instead of the time it measured:
//! the time the threads really took is more (threads start late, and finish late).
//! caught: assertion

// ANSWER: time-sleepers
let start = Instant::now();
let handles: Vec<thread::JoinHandle<()>> = sleeps
    .iter()
    .map(|&t| thread::spawn(move || foo(t)))
    .collect();
for handle in handles {
    handle.join().expect("foo does not panic");
}
let _ = start;
let took = sleeps.iter().copied().max().unwrap_or_default();
println!("Time taken: {took:?}");
took
// ANSWER_END: time-sleepers
