//! Chunks of `len / threads` numbers leave the remainder as one chunk too many, on one thread too
//! many (and `chunks(0)` panics when there are fewer numbers than threads).
//! caught: assertion

// ANSWER: sum-on-threads
let work = &work;
thread::scope(|s| {
    let running: Vec<_> = numbers
        .chunks(numbers.len() / threads)
        .map(|chunk| s.spawn(move || work(chunk)))
        .collect();
    running.into_iter().map(|t| t.join().unwrap()).sum()
})
// ANSWER_END: sum-on-threads
