//! Reads a recorded timeline: alone in its file, so no other test adds spans to the recording.

use std::time::Duration;

use ex06_fix_with_one_owner::run_tasks;
use grader::{Meeting, record, show_threads, span, within};

#[test]
fn the_owner_does_the_updates_one_at_a_time() {
    let (val, timeline) = within(Duration::from_secs(2), "run_tasks never returned", || {
        record(|| {
            let meeting = Meeting::new(3);
            run_tasks(3, || {
                span("read … write", || {
                    meeting.pause();
                    std::thread::sleep(Duration::from_millis(30)); // the seed's sleep
                })
            })
        })
    });
    show_threads(&timeline);
    assert_eq!(
        timeline.max_overlap(),
        1,
        "several updates were between their read and their write at once (val = {val}): let \
         one owner do them, one at a time"
    );
}
