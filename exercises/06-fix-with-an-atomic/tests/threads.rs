//! Reads a recorded timeline: alone in its file, so no other test adds spans to the recording.

use std::sync::atomic::Ordering::SeqCst;
use std::time::Duration;

use ex06_fix_with_an_atomic::{AtomicUsize, add_one};
use grader::{Meeting, record, show_threads, span, together, within};

#[test]
fn the_threads_pause_at_the_same_time_and_lose_nothing() {
    let (count, timeline) = within(Duration::from_secs(2), "add_one never returned", || {
        record(|| {
            let counter = AtomicUsize::new(0);
            let meeting = Meeting::new(2);
            together(2, |_| {
                add_one(&counter, || {
                    span("pause", || {
                        meeting.pause();
                        std::thread::sleep(Duration::from_millis(40)); // the seed's sleep
                    })
                })
            });
            counter.load(SeqCst)
        })
    });
    show_threads(&timeline);
    assert_eq!(
        count, 2,
        "the threads paused at the same time and one update was lost: add in one atomic step"
    );
}
