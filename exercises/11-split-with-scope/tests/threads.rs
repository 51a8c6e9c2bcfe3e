//! Reads a recorded timeline: alone in its file, so no other test adds spans to the recording.

use std::time::Duration;

use ex11_split_with_scope::{sum_isqrt, sum_on_threads};
use grader::Meeting;

#[test]
fn four_chunks_on_four_threads_at_once() {
    let numbers: Vec<u64> = (0..40_000).collect();
    let meeting = Meeting::with_patience(4, Duration::from_secs(2));
    let (total, timeline) = grader::record(|| {
        sum_on_threads(&numbers, 4, |chunk| {
            let first = chunk.first().copied().unwrap_or_default();
            grader::span(format!("from {first}"), || {
                meeting.pause();
                sum_isqrt(chunk)
            })
        })
    });
    assert_eq!(total, sum_isqrt(&numbers), "the sum of the chunks' sums");
    assert_eq!(
        timeline.max_overlap(),
        4,
        "the 4 chunks did not all run at the same time: start every thread before you join \
         any\n{}",
        timeline.render()
    );
    grader::show_threads(&timeline);
}
