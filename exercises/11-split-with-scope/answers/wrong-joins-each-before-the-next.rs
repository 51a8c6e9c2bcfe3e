//! Iterators are lazy, so `.map(spawn).map(join)` joins each thread before it spawns the next:
//! one chunk at a time.
//! caught: forced

// ANSWER: sum-on-threads
let size = numbers.len().div_ceil(threads).max(1);
thread::scope(|s| {
    numbers
        .chunks(size)
        .map(|chunk| s.spawn(|| work(chunk)))
        .map(|handle| handle.join().unwrap())
        .sum()
})
// ANSWER_END: sum-on-threads
