//! Exercise 02-split-halves: two threads change one borrowed slice, each its own half.
//! `cargo run -p practice -- check 02-split-halves` checks it.

use std::thread;
use std::time::Duration;

/// Given: doubles every value of `part`, as one span of the chart called `label`. A short sleep
/// stands for real work, so that the chart shows whether the two halves overlapped.
pub fn double_all(label: &str, part: &mut [u64]) {
    timing::span(label, || {
        thread::sleep(Duration::from_millis(100));
        for value in part {
            *value *= 2;
        }
    });
}

/// Doubles every value of `values` on two threads at once, each changing its own half of the
/// borrowed slice through [`double_all`].
pub fn double_in_two_threads(values: &mut [u64]) {
    // ANSWER: double-in-two-threads
    let (first, second) = values.split_at_mut(values.len() / 2);
    thread::scope(|s| {
        s.spawn(|| double_all("first half", first));
        s.spawn(|| double_all("second half", second));
    }); // both threads are done here, while `values` is still borrowed
    // ANSWER_END: double-in-two-threads
}
