//! Reads a recorded timeline: alone in its file, so no other test adds spans to the recording.

use std::time::Duration;

use ex11_sum_with_rayon::{CHUNK, sum_isqrt, sum_on_rayon};
use grader::Meeting;

#[test]
fn the_pools_threads_run_chunks_at_the_same_time() {
    let numbers: Vec<u64> = (0..8 * CHUNK as u64).collect();
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(4)
        .thread_name(|i| format!("rayon-{i}"))
        .build()
        .expect("the OS could not start 4 threads");
    let meeting = Meeting::with_patience(2, Duration::from_secs(2));
    let (total, timeline) = grader::record(|| {
        pool.install(|| {
            sum_on_rayon(&numbers, |chunk| {
                let first = chunk.first().copied().unwrap_or_default();
                grader::span(format!("from {first}"), || {
                    meeting.pause();
                    sum_isqrt(chunk)
                })
            })
        })
    });
    let chart = timeline.render_by_thread();
    assert_eq!(total, sum_isqrt(&numbers), "the sum of the chunks' sums");
    assert!(
        timeline.max_overlap() >= 2,
        "the chunks ran one after another on a pool of 4 threads: use `par_chunks`\n{chart}"
    );
    // One row per thread (`grader::show_threads` has one per span), on a line of its own.
    println!("\nyour threads:\n{chart}");
}
