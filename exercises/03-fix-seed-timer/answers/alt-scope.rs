//! Scoped threads: the scope joins every thread it started before it returns.

// ANSWER: time-sleepers
let start = Instant::now();
thread::scope(|s| {
    for &t in sleeps {
        s.spawn(move || foo(t));
    }
});
let took = start.elapsed();
println!("Time taken: {took:?}");
took
// ANSWER_END: time-sleepers
