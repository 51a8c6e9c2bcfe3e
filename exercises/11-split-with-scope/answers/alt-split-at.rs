//! `split_at` instead of `chunks`: every thread but the last takes `len / threads` numbers, and
//! the last takes the rest, remainder included.

// ANSWER: sum-on-threads
let size = (numbers.len() / threads).max(1);
let work = &work;
thread::scope(|s| {
    let mut rest = numbers;
    let mut running = Vec::new();
    while !rest.is_empty() {
        let take = if running.len() + 1 == threads {
            rest.len()
        } else {
            size.min(rest.len())
        };
        let (chunk, tail) = rest.split_at(take);
        running.push(s.spawn(move || work(chunk)));
        rest = tail;
    }
    running.into_iter().map(|t| t.join().unwrap()).sum()
})
// ANSWER_END: sum-on-threads
