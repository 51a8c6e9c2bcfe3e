//! Python's `thread.join()` after the loop, which joins only the last thread started. In seed 003
//! the last sleeper is the longest, so it looks right there.
//! caught: forced

// ANSWER: time-sleepers
let start = Instant::now();
let mut thread: Option<thread::JoinHandle<()>> = None;
for &t in sleeps {
    thread = Some(thread::spawn(move || foo(t)));
}
if let Some(last) = thread {
    last.join().expect("foo does not panic");
}
let took = start.elapsed();
println!("Time taken: {took:?}");
took
// ANSWER_END: time-sleepers
