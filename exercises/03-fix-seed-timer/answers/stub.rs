//! What the learner starts from.

// ANSWER: time-sleepers
let start = Instant::now();
for &t in sleeps {
    let _thread: thread::JoinHandle<()> = thread::spawn(move || foo(t));
}
let took = start.elapsed(); // the seed's bug: no thread has been joined
println!("Time taken: {took:?}");
took
// ANSWER_END: time-sleepers
