//! Car and truck meet at their first round: a test of its own, as it records a timeline and
//! steps in at the given code's points.

use std::sync::Arc;
use std::time::Duration;

use ex01_car_truck::car_and_truck;
use grader::{Meeting, at_points, record, show_threads, span, within};

/// How long the car waits at its first round for the truck to reach its own.
const PATIENCE: Duration = Duration::from_secs(2);

#[test]
fn car_and_truck_run_at_the_same_time() {
    let meeting = Arc::new(Meeting::with_patience(2, PATIENCE));
    let at_first_round = Arc::clone(&meeting);
    let _points = at_points(move |point| {
        if point == "car 1" || point == "truck 1" {
            span(format!("{point} waits"), || at_first_round.pause());
        }
    });
    let (_, timeline) = record(|| {
        within(
            Duration::from_secs(10),
            "car_and_truck never returned",
            || car_and_truck(2, Duration::from_millis(30)),
        )
    });
    show_threads(&timeline);
    assert!(
        meeting.met(),
        "the first of car and truck to start waited {PATIENCE:?} at its first round, and the other \
         never came: they ran one after the other. Start both threads before joining either"
    );
}
