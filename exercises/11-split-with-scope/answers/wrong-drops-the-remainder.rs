//! `chunks_exact(len / threads)` makes exactly `threads` chunks, and leaves the remainder out:
//! the last few numbers are never added.
//! caught: assertion

// ANSWER: sum-on-threads
let size = (numbers.len() / threads).max(1);
let work = &work;
thread::scope(|s| {
    let running: Vec<_> = numbers
        .chunks_exact(size)
        .map(|chunk| s.spawn(move || work(chunk)))
        .collect();
    running.into_iter().map(|t| t.join().unwrap()).sum()
})
// ANSWER_END: sum-on-threads
