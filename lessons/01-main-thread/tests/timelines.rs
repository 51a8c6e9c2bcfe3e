//! Claims read from a recorded timeline. Every test here goes through `timing::record`, and this
//! file holds nothing else, so no other test adds spans to a recording.

use std::time::Duration;

use main_thread::car_and_truck;

#[test]
fn car_and_truck_run_side_by_side() {
    let (lines, timeline) = timing::record(|| car_and_truck(3, Duration::from_millis(30)));
    assert_eq!(lines.len(), 6);
    let spans = timeline.spans();
    assert_eq!(spans.len(), 6);
    assert!(
        spans
            .iter()
            .all(|s| s.thread == "SecondThread" || s.thread == "ThirdThread")
    );
    // Each round sleeps 30 ms on both threads at once: they overlap.
    assert_eq!(timeline.max_overlap(), 2, "{}", timeline.render());
}
