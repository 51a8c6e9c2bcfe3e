use std::time::Duration;

use ex01_car_truck::car_and_truck;

#[test]
fn each_vehicle_runs_on_its_named_thread_and_join_returns_its_lines() {
    let (car, truck) = car_and_truck(2, Duration::from_millis(1));
    assert_eq!(car, ["SecondThread in car function"; 2], "what car printed");
    assert_eq!(
        truck, ["ThirdThread in truck function"; 2],
        "what truck printed"
    );
}
