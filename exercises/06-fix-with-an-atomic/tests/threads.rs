//! Reads a recorded timeline: alone in its file, so no other test adds spans to the recording.

mod common;

use std::sync::atomic::AtomicUsize;
use std::time::Duration;

use common::{Meeting, on_two_threads, within};
use ex06_fix_with_an_atomic::add_one;

#[test]
fn the_threads_pause_at_the_same_time_and_lose_nothing() {
    let (count, timeline) = within(|| {
        timing::record(|| {
            let counter = AtomicUsize::new(0);
            let meeting = Meeting::new(2);
            on_two_threads(|| {
                add_one(&counter, || {
                    timing::span("pause", || {
                        meeting.pause();
                        std::thread::sleep(Duration::from_millis(40)); // the seed's sleep
                    })
                })
            });
            counter.into_inner()
        })
    });
    println!("your threads:\n{}", timeline.render());
    assert_eq!(
        count, 2,
        "the threads paused at the same time and one update was lost: add in one atomic step"
    );
}
