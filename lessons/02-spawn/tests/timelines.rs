//! Claims read from a recorded timeline. Recording is process-wide, so each test here runs in a
//! process of its own (`lesson_test::in_own_process`), where no other test adds spans to its
//! recording.

use std::thread;
use std::time::Duration;

use spawn::*;

#[test]
fn car_and_truck_drive_side_by_side_truck_starting_after_the_stagger() {
    lesson_test::in_own_process(|| {
        let pause = Duration::from_millis(40);
        let stagger = Duration::from_millis(10);
        let (raced, timeline) = timing::record(|| car_then_truck(3, pause, stagger));
        let (car, truck) = raced.unwrap();
        assert_eq!(car, ["car 1", "car 2", "car 3"]);
        assert_eq!(truck, ["truck 1", "truck 2", "truck 3"]);

        let spans = timeline.spans();
        let cars: Vec<_> = spans.iter().filter(|s| s.thread == "Car").collect();
        let trucks: Vec<_> = spans.iter().filter(|s| s.thread == "Truck").collect();
        assert_eq!((cars.len(), trucks.len()), (3, 3), "{spans:?}");
        assert!(cars.iter().all(|s| s.label.starts_with("car")));
        // Truck was started only after the main thread slept `stagger`.
        assert!(trucks.iter().all(|s| s.start >= stagger), "{spans:?}");
        // The two threads' rounds overlap: they ran at the same time.
        assert!(
            cars.iter().any(|c| trucks.iter().any(|t| c.overlaps(t))),
            "{spans:?}"
        );
        assert_eq!(timeline.max_overlap(), 2);
    });
}

#[test]
fn a_method_as_the_target_runs_on_its_own_thread_side_by_side() {
    lesson_test::in_own_process(|| {
        let pause = Duration::from_millis(40);
        let car = Car { rounds: 3, pause };
        let truck = Truck { rounds: 3, pause };
        let stagger = Duration::from_millis(10);
        let ((car, truck), timeline) = timing::record(|| spawn_methods(car, truck, stagger));
        assert_eq!(car, ["car 1", "car 2", "car 3"]);
        assert_eq!(truck, ["truck 1", "truck 2", "truck 3"]);
        let spans = timeline.spans();
        let car_thread = &spans.iter().find(|s| s.label == "car 1").unwrap().thread;
        let truck_thread = &spans.iter().find(|s| s.label == "truck 1").unwrap().thread;
        assert_ne!(car_thread, truck_thread);
        assert_ne!(car_thread, thread::current().name().unwrap());
        assert_eq!(timeline.max_overlap(), 2);
    });
}
