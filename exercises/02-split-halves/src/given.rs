//! Given: leave this file as it is.

use std::thread;
use std::time::Duration;

/// Doubles every value of `part`, as one span of the chart called `label`. A short sleep stands
/// for real work, so that the chart shows whether the two halves overlapped.
pub fn double_all(label: &str, part: &mut [u64]) {
    // Where the tests step in: they see which memory this call changes, and make calls meet.
    grader::point(&format!("double_all {:p} {}", part.as_ptr(), part.len()));
    timing::span(label, || {
        thread::sleep(Duration::from_millis(50));
        for value in part {
            *value *= 2;
        }
    });
}
