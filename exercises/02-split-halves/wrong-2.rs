//! A typical wrong answer to 02-split-halves (the compiler rejects it): both threads borrow
//! `values` mutably, and the compiler cannot tell the two ranges apart (error[E0499]: cannot
//! borrow `*values` as mutable more than once at a time).

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
    let half = values.len() / 2;
    thread::scope(|s| {
        s.spawn(|| double_all("first half", &mut values[..half]));
        s.spawn(|| double_all("second half", &mut values[half..]));
    });
}
