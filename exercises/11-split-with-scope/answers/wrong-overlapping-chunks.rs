//! Chunk `i` runs from `i * size` to `(i + 1) * size` *inclusive*: each chunk's last number is
//! also the next chunk's first, and is added twice.
//! caught: assertion

// ANSWER: sum-on-threads
let size = numbers.len().div_ceil(threads).max(1);
let work = &work;
thread::scope(|s| {
    let mut running = Vec::new();
    for start in (0..numbers.len()).step_by(size) {
        let end = (start + size + 1).min(numbers.len());
        let chunk = &numbers[start..end];
        running.push(s.spawn(move || work(chunk)));
    }
    running.into_iter().map(|t| t.join().unwrap()).sum()
})
// ANSWER_END: sum-on-threads
