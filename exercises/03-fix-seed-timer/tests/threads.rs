//! Reads a recorded timeline: alone in its file, so no other test adds spans to the recording.

use std::time::Duration;

use ex03_fix_seed_timer::time_sleepers;

#[test]
fn every_sleeper_has_finished_and_they_overlapped() {
    let sleeps = [300, 100, 200].map(Duration::from_millis);
    let (_, timeline) = timing::record(|| time_sleepers(&sleeps));
    println!("your threads:\n{}", timeline.render());
    let finished = timeline.spans().len();
    assert_eq!(
        finished, 3,
        "only {finished} of the 3 sleepers had finished when time_sleepers returned: join every \
         thread before reading the clock"
    );
    assert_eq!(
        timeline.max_overlap(),
        3,
        "the sleepers did not all sleep at the same time: start every thread before joining any"
    );
}
