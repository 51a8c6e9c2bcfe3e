//! Every claim lesson 02 makes, asserted.

use std::sync::Arc;
use std::thread;
use std::time::Duration;

use spawn::*;
use timing::Timeline;

#[test]
fn a_plain_function_is_a_thread_body_and_runs_on_another_thread() {
    assert_ne!(spawn_function(), thread::current().id());
}

#[test]
fn a_move_closure_carries_positional_arguments_in() {
    let lines = spawn_with_args(Duration::from_millis(5), "thread1");
    assert_eq!(
        lines,
        [
            "I am thread1. Going to sleep for 5.00 ms",
            "thread1 has woken up from sleep"
        ]
    );
}

#[test]
fn a_struct_carries_named_arguments_and_default_fills_the_rest() {
    assert_eq!(
        FooArgs::default(),
        FooArgs {
            n: Duration::from_secs(2),
            name: "foo".to_string()
        }
    );
    let lines = spawn_with_named_args(FooArgs {
        n: Duration::from_millis(5),
        ..FooArgs::default()
    });
    assert_eq!(
        lines,
        [
            "foo: about to sleep for 5.00 ms>>>>",
            "foo: done sleeping..."
        ]
    );
}

struct WhoAmI;

impl Runnable for WhoAmI {
    type Output = Option<String>;
    fn run(self) -> Option<String> {
        thread::current().name().map(String::from)
    }
}

#[test]
fn start_runs_any_runnable_on_a_named_thread_and_join_returns_its_output() {
    let handle = start("SecondThread", WhoAmI).unwrap();
    assert_eq!(handle.join().unwrap().as_deref(), Some("SecondThread"));
}

#[test]
fn car_and_truck_drive_side_by_side_truck_starting_after_the_stagger() {
    let timeline = Arc::new(Timeline::new());
    let pause = Duration::from_millis(100);
    let stagger = Duration::from_millis(20);
    let (car, truck) = car_then_truck(3, pause, stagger, &timeline).unwrap();
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
}

#[test]
fn a_method_as_the_target_runs_on_its_own_thread_side_by_side() {
    let timeline = Arc::new(Timeline::new());
    let pause = Duration::from_millis(100);
    let car = Car {
        rounds: 3,
        pause,
        timeline: Arc::clone(&timeline),
    };
    let truck = Truck {
        rounds: 3,
        pause,
        timeline: Arc::clone(&timeline),
    };
    let (car, truck) = spawn_methods(car, truck, Duration::from_millis(20));
    assert_eq!(car, ["car 1", "car 2", "car 3"]);
    assert_eq!(truck, ["truck 1", "truck 2", "truck 3"]);
    let spans = timeline.spans();
    let car_thread = &spans.iter().find(|s| s.label == "car 1").unwrap().thread;
    let truck_thread = &spans.iter().find(|s| s.label == "truck 1").unwrap().thread;
    assert_ne!(car_thread, truck_thread);
    assert_ne!(car_thread, thread::current().name().unwrap());
    assert_eq!(timeline.max_overlap(), 2);
}

#[test]
fn builder_names_and_sizes_a_thread() {
    let (name, depth) = spawn_sized("deep", 8 << 20, 1000).unwrap();
    assert_eq!(name, "deep");
    assert_eq!(depth, 1000);
}

#[cfg(target_pointer_width = "64")]
#[test]
fn builder_returns_an_error_when_the_os_refuses_the_thread() {
    let error = spawn_sized("huge", usize::MAX / 2, 1).unwrap_err();
    assert!(!error.to_string().is_empty());
}

#[test]
fn join_hands_back_the_threads_return_value() {
    assert_eq!(sum_on_a_thread(1000), 500_500);
}

#[test]
fn scoped_threads_may_borrow_a_local() {
    let log = vec!["car", "truck", "car", "truck", "car"];
    assert_eq!(count_in_scope(&log), (3, 2));
    assert_eq!(log.len(), 5, "still ours after the scope");
}
