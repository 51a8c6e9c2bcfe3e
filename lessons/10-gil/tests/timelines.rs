//! Claims read from a recorded timeline. Recording is process-wide, so each test here runs in a
//! process of its own (`lesson_test::in_own_process`), where no other test adds spans to its
//! recording.

use std::thread;
use std::time::{Duration, Instant};

use gil::*;
use timing::{iterations_for, max_overlap, record};

#[test]
fn the_gil_serialises_cpu_steps() {
    lesson_test::in_own_process(|| {
        let gil = Gil::new(Duration::from_millis(1));
        let per_thread = iterations_for(Duration::from_millis(10));
        let (_, timeline) = record(|| run_cpu_bound(3, per_thread, Some(&gil)));
        let spans = timeline.spans();
        assert!(spans.iter().all(|s| s.label == TURN));
        // Never two threads holding the Gil at the same instant.
        assert_eq!(timeline.max_overlap(), 1, "{}", timeline.render_by_thread());
        assert!(spans.windows(2).all(|w| w[0].end <= w[1].start));
        for name in ["Thread-1", "Thread-2", "Thread-3"] {
            assert!(spans.iter().any(|s| s.thread == name), "{name} never ran");
        }
    });
}

#[test]
fn without_the_gil_the_threads_run_at_the_same_time() {
    lesson_test::in_own_process(|| {
        // Overlap in wall-clock time, which even one busy core shows: both threads are inside their
        // work at once (the OS may still take turns running them).
        let per_thread = iterations_for(Duration::from_millis(30));
        let (_, timeline) = record(|| run_cpu_bound(2, per_thread, None));
        assert!(timeline.spans().iter().all(|s| s.label == NO_GIL));
        assert_eq!(timeline.max_overlap(), 2, "{}", timeline.render_by_thread());
    });
}

#[test]
fn a_waiting_thread_gets_the_gil_at_the_next_switch() {
    lesson_test::in_own_process(|| {
        let gil = Gil::new(Duration::from_millis(1));
        let ((), timeline) = record(|| {
            let mut held = gil.acquire();
            thread::scope(|s| {
                thread::Builder::new()
                    .name("waiter".into())
                    .spawn_scoped(s, || drop(gil.acquire()))
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
        });
        let order: Vec<String> = timeline.spans().into_iter().map(|s| s.thread).collect();
        let me = thread::current().name().unwrap().to_string();
        assert_eq!(order, [me.clone(), "waiter".to_string(), me]);
        assert_eq!(timeline.max_overlap(), 1);
    });
}

#[test]
fn io_bound_sleeps_overlap_under_the_gil() {
    lesson_test::in_own_process(|| {
        let gil = Gil::default();
        let sleep = Duration::from_millis(60);
        let ((), timeline) = record(|| run_io_bound(4, sleep, Some(&gil)));
        let spans = timeline.spans();
        let sleeps: Vec<_> = spans.iter().filter(|s| s.label == IO).cloned().collect();
        assert_eq!(sleeps.len(), 4);
        // At least two were sleeping at the same time, while turns with the Gil never overlapped.
        assert!(max_overlap(&sleeps) >= 2, "{}", timeline.render());
        let turns: Vec<_> = spans.into_iter().filter(|s| s.label == TURN).collect();
        assert_eq!(turns.len(), 8, "a step before and after each sleep");
        assert_eq!(max_overlap(&turns), 1);
    });
}
