//! Not bounded with `grader::within`, on purpose: `practice/hostile/` proves with this exercise
//! that the runner itself stops an answer that hangs (a deadlock, a spin) and says so.

use std::time::Duration;

use ex01_car_truck::car_and_truck;

#[test]
fn each_vehicle_runs_on_its_named_thread_and_join_returns_its_lines() {
    let (car, truck) = car_and_truck(2, Duration::from_millis(1));
    assert_eq!(
        car, ["SecondThread in car function"; 2],
        "the first of the pair: what car printed, on a thread named SecondThread"
    );
    assert_eq!(
        truck, ["ThirdThread in truck function"; 2],
        "the second of the pair: what truck printed, on a thread named ThirdThread"
    );
}
