//! Each thread doubles a copy of its half (`to_vec`), and the caller copies the results back:
//! right values, but not the borrowed slice the statement asks the threads to change.
//! caught: assertion

// ANSWER: double-in-two-threads
let half = values.len() / 2;
let mut first = values[..half].to_vec();
let mut second = values[half..].to_vec();
let first_thread = thread::spawn(move || {
    double_all("first half", &mut first);
    first
});
let second_thread = thread::spawn(move || {
    double_all("second half", &mut second);
    second
});
values[..half].copy_from_slice(&first_thread.join().expect("doubling does not panic"));
values[half..].copy_from_slice(&second_thread.join().expect("doubling does not panic"));
// ANSWER_END: double-in-two-threads
