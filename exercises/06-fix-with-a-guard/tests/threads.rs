//! Reads a recorded timeline: alone in its file, so no other test adds spans to the recording.

use std::sync::Mutex;
use std::time::Duration;

use ex06_fix_with_a_guard::{Data, update};
use grader::{Meeting, record, show_threads, span, together, within};

#[test]
fn the_threads_take_turns_between_read_and_write() {
    let (val, timeline) = within(Duration::from_secs(2), "update never returned", || {
        record(|| {
            let data = Mutex::new(Data::default());
            let meeting = Meeting::new(2);
            together(2, |_| {
                update(&data, || {
                    span("read … write", || {
                        meeting.pause();
                        std::thread::sleep(Duration::from_millis(40)); // the seed's sleep
                    })
                })
            });
            data.into_inner().unwrap().val
        })
    });
    show_threads(&timeline);
    assert_eq!(
        timeline.max_overlap(),
        1,
        "both threads were between their read and their write at once (val = {val}): hold the \
         guard across the pause, so the threads take turns"
    );
}
