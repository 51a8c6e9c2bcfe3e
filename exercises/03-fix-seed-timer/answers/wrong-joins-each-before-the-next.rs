//! It joins each thread right after starting it, so the timer is right but the sleepers take
//! turns.
//! caught: forced

// ANSWER: time-sleepers
let start = Instant::now();
for &t in sleeps {
    let thread: thread::JoinHandle<()> = thread::spawn(move || foo(t));
    thread.join().expect("foo does not panic"); // waits before starting the next one
}
let took = start.elapsed();
println!("Time taken: {took:?}");
took
// ANSWER_END: time-sleepers
