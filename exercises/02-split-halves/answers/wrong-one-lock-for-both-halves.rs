//! Both threads double their half while holding one `Mutex` around the whole slice: the lock
//! makes them take turns, as Python's GIL would.
//! caught: forced

// ANSWER: double-in-two-threads
let half = values.len() / 2;
let values = std::sync::Mutex::new(values);
thread::scope(|s| {
    s.spawn(|| double_all("first half", &mut values.lock().unwrap()[..half]));
    s.spawn(|| double_all("second half", &mut values.lock().unwrap()[half..]));
});
// ANSWER_END: double-in-two-threads
