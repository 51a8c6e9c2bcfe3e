//! Every claim lesson 10 makes, asserted (the CPU speed-ups are in `cpu_speedup.rs`).

use std::rc::Rc;
use std::sync::{Barrier, mpsc};
use std::thread;
use std::time::{Duration, Instant};

use gil::*;
use timing::{Timeline, iterations_for, timed};

/// Runs `f` on its own thread and fails the test if it has not finished within `limit`: what
/// these tests check could hang if the Gil were wrong.
fn within<T: Send + 'static>(limit: Duration, f: impl FnOnce() -> T + Send + 'static) -> T {
    let (done, result) = mpsc::channel();
    thread::spawn(move || done.send(f()));
    result
        .recv_timeout(limit)
        .expect("did not finish in time: the Gil is stuck")
}

#[test]
fn rc_strong_count_is_one_less_than_getrefcount() {
    let counts = rc_counts();
    // Python prints 2, 3, 2 for the same lines: getrefcount's argument is one more reference.
    assert_eq!((counts.alone, counts.shared, counts.after_drop), (1, 2, 1));
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
fn the_gil_serialises_cpu_steps() {
    let gil = Gil::new(Duration::from_millis(1));
    let per_thread = iterations_for(Duration::from_millis(10));
    let timeline = Timeline::new();
    let with = run_cpu_bound_on(Some(&timeline), 3, per_thread, Some(&gil));
    let spans = timeline.spans();
    assert!(spans.iter().all(|s| s.label == TURN));
    // Never two threads holding the Gil at the same instant.
    assert_eq!(timeline.max_overlap(), 1, "{}", timeline.render_by_thread());
    assert!(spans.windows(2).all(|w| w[0].end <= w[1].start));
    for name in ["Thread-1", "Thread-2", "Thread-3"] {
        assert!(spans.iter().any(|s| s.thread == name), "{name} never ran");
    }
    assert_eq!(
        with,
        run_cpu_bound(3, per_thread, None),
        "same work either way"
    );
}

#[test]
fn a_waiting_thread_gets_the_gil_at_the_next_switch() {
    let gil = Gil::new(Duration::from_millis(1));
    let timeline = Timeline::new();
    let mut held = gil.acquire(Some(&timeline));
    thread::scope(|s| {
        thread::Builder::new()
            .name("waiter".into())
            .spawn_scoped(s, || drop(gil.acquire(Some(&timeline))))
            .unwrap();
        let deadline = Instant::now() + Duration::from_secs(10);
        while gil.waiting() == 0 {
            assert!(Instant::now() < deadline, "the waiter never queued");
            thread::yield_now();
        }
        while !held.switch_if_due() {
            assert!(Instant::now() < deadline, "the holder never switched");
            thread::yield_now();
        }
    });
    drop(held);
    let order: Vec<String> = timeline.spans().into_iter().map(|s| s.thread).collect();
    let me = thread::current().name().unwrap().to_string();
    assert_eq!(order, [me.clone(), "waiter".to_string(), me]);
    assert_eq!(timeline.max_overlap(), 1);
}

#[test]
fn a_lone_holder_keeps_the_gil() {
    let gil = Gil::new(Duration::from_millis(1));
    let mut held = gil.acquire(None);
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
                s.spawn(|| gil.acquire(None).allow_threads(|| all_blocked.wait()));
            }
        });
    });
}

#[test]
fn io_bound_threads_overlap_under_the_gil() {
    let gil = Gil::default();
    let timeline = Timeline::new();
    let sleep = Duration::from_millis(60);
    let ((), took) = timed(|| run_io_bound(4, sleep, Some(&gil), &timeline));
    let one_after_another = sleep * 4;
    assert!(
        took < one_after_another / 2,
        "took {took:?}, sequential would be {one_after_another:?}"
    );
    // 240 ms of sleeps in under 120 ms: at least two were sleeping at the same time.
    assert!(timeline.max_overlap() >= 2, "{}", timeline.render());
    assert!(timeline.spans().iter().all(|s| s.label == IO));
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
        let mut held = gil.acquire(None);
        let caught = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            held.allow_threads(|| panic!("the read failed"))
        }));
        assert!(caught.is_err());
        drop(held); // holds nothing now: must not hand out a second turn
        let again = gil.acquire(None);
        assert_eq!(gil.waiting(), 0);
        drop(again);
        drop(gil.acquire(None)); // still one ticket at a time
    });
}
