//! It sleeps as long as the longest sleeper instead of joining: Python's `time.sleep(2.1)` before
//! reading the clock. A sleeper that starts or ends late is still running when it returns.
//! caught: forced

// ANSWER: time-sleepers
let start = Instant::now();
for &t in sleeps {
    let _thread: thread::JoinHandle<()> = thread::spawn(move || foo(t));
}
thread::sleep(sleeps.iter().copied().max().unwrap_or_default());
let took = start.elapsed();
println!("Time taken: {took:?}");
took
// ANSWER_END: time-sleepers
