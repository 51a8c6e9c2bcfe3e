//! Reads a recorded timeline: alone in its file, so no other test adds spans to the recording.

use std::time::Duration;

use ex01_car_truck::car_and_truck;

#[test]
fn car_and_truck_run_at_the_same_time() {
    let (_, timeline) = timing::record(|| car_and_truck(3, Duration::from_millis(40)));
    println!("your threads:\n{}", timeline.render());
    assert_eq!(
        timeline.max_overlap(),
        2,
        "car and truck never ran at the same time: start both threads before joining either"
    );
}
