//! Both threads borrow `values` mutably, and the compiler cannot tell the two ranges apart
//! (error[E0499]: cannot borrow `*values` as mutable more than once at a time).
//! judge: compiler

// ANSWER: double-in-two-threads
let half = values.len() / 2;
thread::scope(|s| {
    s.spawn(|| double_all("first half", &mut values[..half]));
    s.spawn(|| double_all("second half", &mut values[half..]));
});
// ANSWER_END: double-in-two-threads
