//! Chunks of `len / threads` numbers leave the remainder as one chunk too many (and `chunks(0)`
//! panics).
//! caught: assertion

// ANSWER: sum-on-threads
let work = &work;
thread::scope(|s| {
    let handles: Vec<_> = numbers
        .chunks(numbers.len() / threads)
        .map(|chunk| s.spawn(move || work(chunk)))
        .collect();
    handles
        .into_iter()
        .map(|handle| handle.join().expect("work panicked"))
        .sum()
})
// ANSWER_END: sum-on-threads
