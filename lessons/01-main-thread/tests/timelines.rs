//! Claims read from a recorded timeline. Recording is process-wide, so each test here runs in a
//! process of its own (`lesson_test::in_own_process`), where no other test adds spans to its
//! recording.

use std::time::Duration;

use main_thread::car_and_truck;

#[test]
fn car_and_truck_run_side_by_side() {
    lesson_test::in_own_process(|| {
        // Each round sleeps 30 ms on both threads at once: they overlap, unless the OS starts the
        // second thread after the first is done (a busy machine can hide the overlap, never fake
        // it): up to three recordings, until one shows it.
        for attempt in 1..=3 {
            let (lines, timeline) = timing::record(|| car_and_truck(3, Duration::from_millis(30)));
            assert_eq!(lines.len(), 6);
            let spans = timeline.spans();
            assert_eq!(spans.len(), 6);
            assert!(
                spans
                    .iter()
                    .all(|s| s.thread == "SecondThread" || s.thread == "ThirdThread")
            );
            if timeline.max_overlap() == 2 || attempt == 3 {
                assert_eq!(timeline.max_overlap(), 2, "{}", timeline.render());
                break;
            }
        }
    });
}
