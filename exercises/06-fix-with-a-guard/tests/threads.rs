//! Reads a recorded timeline: alone in its file, so no other test adds spans to the recording.

mod common;

use std::sync::Mutex;
use std::time::Duration;

use common::{Meeting, on_two_threads, within};
use ex06_fix_with_a_guard::{Data, update};

#[test]
fn the_threads_take_turns_between_read_and_write() {
    let (val, timeline) = within(|| {
        timing::record(|| {
            let data = Mutex::new(Data::default());
            let meeting = Meeting::new(2);
            on_two_threads(|| {
                update(&data, || {
                    timing::span("read … write", || {
                        meeting.pause();
                        std::thread::sleep(Duration::from_millis(40)); // the seed's sleep
                    })
                })
            });
            data.into_inner().unwrap().val
        })
    });
    println!("your threads:\n{}", timeline.render());
    assert_eq!(
        timeline.max_overlap(),
        1,
        "both threads were between their read and their write at once (val = {val}): hold the \
         guard across the pause, so the threads take turns"
    );
}
