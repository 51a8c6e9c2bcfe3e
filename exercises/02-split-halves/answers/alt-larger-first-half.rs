//! The first half takes the odd value out (`div_ceil`), and the threads are named; joined
//! explicitly, inside the scope.

// ANSWER: double-in-two-threads
let (first, second) = values.split_at_mut(values.len().div_ceil(2));
thread::scope(|s| {
    let threads = [("first half", first), ("second half", second)].map(|(label, part)| {
        thread::Builder::new()
            .name(label.to_string())
            .spawn_scoped(s, move || double_all(label, part))
            .expect("the OS could not start a thread")
    });
    for thread in threads {
        thread.join().expect("doubling does not panic");
    }
});
// ANSWER_END: double-in-two-threads
