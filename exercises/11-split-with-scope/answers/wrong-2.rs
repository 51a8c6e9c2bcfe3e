//! Iterators are lazy, so `.map(spawn).map(join)` joins each thread before it spawns the next.
//! caught: assertion

// ANSWER: sum-on-threads
let size = numbers.len().div_ceil(threads).max(1);
let work = &work;
thread::scope(|s| {
    numbers
        .chunks(size)
        .map(|chunk| s.spawn(move || work(chunk)))
        .map(|handle| handle.join().expect("work panicked"))
        .sum()
})
// ANSWER_END: sum-on-threads
