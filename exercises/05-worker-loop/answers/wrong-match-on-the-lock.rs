//! `match` on the `recv` itself: a `match` scrutinee's temporaries, the guard among them, live
//! until the end of the whole `match`, arms included.
//! caught: forced

// ANSWER: worker
loop {
    match queue.lock().unwrap().recv() {
        Ok(job) => job(), // the guard is still alive here
        Err(_) => break,
    }
}
// ANSWER_END: worker
