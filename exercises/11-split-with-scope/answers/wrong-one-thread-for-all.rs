//! One scoped thread that runs every chunk, one after another: the borrowing is right, but only
//! one core works.
//! caught: forced

// ANSWER: sum-on-threads
let size = numbers.len().div_ceil(threads).max(1);
thread::scope(|s| {
    let all = s.spawn(|| numbers.chunks(size).map(&work).sum());
    all.join().unwrap()
})
// ANSWER_END: sum-on-threads
