//! Every claim lesson 10 makes that needs no timeline and no free cores, asserted.
//! (Timelines are read in `timelines.rs`, CPU speed-ups measured in `cpu_speedup.rs`.)

use std::rc::Rc;
use std::sync::Barrier;
use std::thread;
use std::time::Duration;

use gil::*;
use lesson_test::within;
use timing::{iterations_for, timed};

#[test]
fn rc_strong_count_is_one_less_than_getrefcount() {
    // Python prints 2, 3, 2 for the same lines: getrefcount's argument is one more reference.
    assert_eq!(rc_counts(), (1, 2, 1));
    let lst = Rc::new(Vec::<i32>::new());
    assert_eq!(getrefcount(Rc::clone(&lst)), 2);
    assert_eq!(
        Rc::strong_count(&lst),
        1,
        "the argument is gone after the call"
    );
}

#[test]
fn arc_counts_every_thread_that_holds_a_clone() {
    assert_eq!(arc_count_across_threads(3), (4, 1));
    assert_eq!(arc_count_across_threads(0), (1, 1));
}

#[test]
fn the_default_switch_interval_is_pythons_five_milliseconds() {
    assert_eq!(DEFAULT_SWITCH_INTERVAL, Duration::from_millis(5));
    assert_eq!(Gil::default().switch_interval(), Duration::from_millis(5));
}

#[test]
fn the_gil_changes_the_timing_not_the_result() {
    let gil = Gil::new(Duration::from_millis(1));
    let per_thread = iterations_for(Duration::from_millis(5));
    let sums = run_cpu_bound(3, per_thread, Some(&gil));
    assert_eq!(sums, run_cpu_bound(3, per_thread, None));
    assert_eq!(sums.len(), 3);
}

#[test]
fn a_lone_holder_keeps_the_gil() {
    let gil = Gil::new(Duration::from_millis(1));
    let mut held = gil.acquire();
    thread::sleep(Duration::from_millis(2));
    assert_eq!(gil.waiting(), 0);
    assert!(!held.switch_if_due(), "nobody asked for it");
}

#[test]
fn blocking_io_releases_the_gil() {
    // Four threads can all be inside `allow_threads` at once only if each one let the Gil go:
    // otherwise the second would wait for the Gil forever and the barrier would never open.
    within(Duration::from_secs(10), || {
        let gil = Gil::default();
        let all_blocked = Barrier::new(4);
        thread::scope(|s| {
            for _ in 0..4 {
                s.spawn(|| gil.acquire().allow_threads(|| all_blocked.wait()));
            }
        });
    });
}

#[test]
fn io_bound_threads_under_the_gil_take_the_time_of_one_sleep() {
    let gil = Gil::default();
    let sleep = Duration::from_millis(60);
    let one_after_another = sleep * 4;
    // Load can only slow a run down (each hand-over of the Gil waits for a core): keep the
    // fastest of up to five runs, stopping as soon as one shows the claim.
    let mut fastest = Duration::MAX;
    for _ in 0..5 {
        let ((), took) = timed(|| run_io_bound(4, sleep, Some(&gil)));
        fastest = fastest.min(took);
        if fastest < one_after_another / 2 {
            break;
        }
    }
    assert!(
        fastest < one_after_another / 2,
        "took {fastest:?} at best, sequential would be {one_after_another:?}"
    );
}

#[test]
fn the_gil_does_not_prevent_deadlocks() {
    let gil = Gil::default();
    assert!(deadlock_despite_the_gil(&gil, Duration::from_millis(30)));
}

#[test]
fn a_panic_while_the_gil_is_released_does_not_release_it_twice() {
    within(Duration::from_secs(10), || {
        let gil = Gil::default();
        let mut held = gil.acquire();
        let caught = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            held.allow_threads(|| panic!("the read failed"))
        }));
        assert!(caught.is_err());
        drop(held); // holds nothing now: must not hand out a second turn
        let again = gil.acquire();
        assert_eq!(gil.waiting(), 0);
        drop(again);
        drop(gil.acquire()); // still one ticket at a time
    });
}
