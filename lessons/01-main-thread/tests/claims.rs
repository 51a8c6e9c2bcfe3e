//! Every claim lesson 01 makes, asserted.

use std::time::Duration;

use main_thread::*;

#[test]
fn a_named_thread_sees_its_name_and_its_own_id() {
    let (name, id) = spawn_named("SecondThread").unwrap();
    assert_eq!(name.as_deref(), Some("SecondThread"));
    assert_ne!(id, std::thread::current().id());
}

#[test]
fn an_unnamed_thread_has_no_name() {
    assert_eq!(spawn_unnamed(), None);
}

#[test]
fn each_thread_has_a_different_id() {
    let (_, a) = spawn_named("a").unwrap();
    let (_, b) = spawn_named("b").unwrap();
    assert_ne!(a, b);
}

#[test]
fn under_cargo_test_each_test_runs_on_a_thread_named_after_the_test() {
    let (name, _) = current_name_and_id();
    assert_eq!(
        name.as_deref(),
        Some("claims::under_cargo_test_each_test_runs_on_a_thread_named_after_the_test")
    );
}

#[test]
fn join_hands_back_the_named_threads_panic_message() {
    assert_eq!(
        panic_in_named_thread("ThirdThread"),
        "ThirdThread ran out of fuel"
    );
}

#[cfg(target_os = "linux")]
#[test]
fn linux_keeps_fifteen_bytes_of_a_thread_name() {
    assert_eq!(os_name_of("short").unwrap(), "short");
    assert_eq!(
        os_name_of("a-thread-with-a-long-name").unwrap(),
        "a-thread-with-a"
    );
}

#[test]
fn cpu_counts_are_consistent() {
    let counts = cpu_counts();
    assert!(counts.physical >= 1);
    assert!(counts.physical <= counts.logical);
    assert!(counts.available.is_some_and(|n| n >= 1));
}

#[test]
fn car_and_truck_print_on_their_named_threads() {
    let lines = car_and_truck(3, Duration::from_millis(1));
    assert_eq!(lines.len(), 6);
    for expected in [
        "SecondThread in car function",
        "ThirdThread in truck function",
    ] {
        assert_eq!(lines.iter().filter(|l| *l == expected).count(), 3);
    }
}
