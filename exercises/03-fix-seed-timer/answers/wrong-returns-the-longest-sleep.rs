//! It waits for every thread, then returns the longest sleep instead of the time it measured:
//! the time the threads really took is more (threads start late, and finish late).
//! caught: assertion

// ANSWER: time-sleepers
let start = Instant::now();
let mut threads = Vec::new();
for &t in sleeps {
    threads.push(thread::spawn(move || foo(t)));
}
threads
    .into_iter()
    .for_each(|thread| thread.join().expect("foo does not panic"));
let _measured = start.elapsed();
let took = sleeps.iter().copied().max().unwrap_or_default(); // what it "should" take
println!("Time taken: {took:?}");
took
// ANSWER_END: time-sleepers
