//! Reads a recorded timeline: alone in its file, so no other test adds spans to the recording.

mod common;

use std::time::Duration;

use common::{Meeting, within};
use ex06_fix_with_one_owner::run_tasks;

#[test]
fn the_owner_does_the_updates_one_at_a_time() {
    let (val, timeline) = within(|| {
        timing::record(|| {
            let meeting = Meeting::new(3);
            run_tasks(3, || {
                timing::span("read … write", || {
                    meeting.pause();
                    std::thread::sleep(Duration::from_millis(30)); // the seed's sleep
                })
            })
        })
    });
    println!("your threads:\n{}", timeline.render());
    assert_eq!(
        timeline.max_overlap(),
        1,
        "several updates were between their read and their write at once (val = {val}): let \
         one owner do them, one at a time"
    );
}
