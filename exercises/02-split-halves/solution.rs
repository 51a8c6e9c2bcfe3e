//! Exercise 02-split-halves: two threads change one borrowed slice, each its own half.
//! `cargo run -p practice -- check 02-split-halves` checks it.

use std::thread;

mod given;
pub use given::double_all;

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
