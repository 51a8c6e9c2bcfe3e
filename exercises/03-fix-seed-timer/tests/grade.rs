//! The tests step in at the given `foo`'s points: the first sleeper is held at its end while the
//! test looks whether `time_sleepers` has returned, and the sleepers meet at their start.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use ex03_fix_seed_timer::time_sleepers;
use grader::{Gate, HOLD, Meeting, at_points, call, record, show_threads};

/// The first sleeper is the longest: joining only the last thread started is not enough.
const SLEEPS: [Duration; 3] = [
    Duration::from_millis(150),
    Duration::from_millis(50),
    Duration::from_millis(100),
];

/// How long a sleeper waits at its start for the others.
const PATIENCE: Duration = Duration::from_secs(2);

const WAIT: Duration = Duration::from_secs(10);

#[test]
fn the_timer_returns_once_every_sleeper_has_finished_and_covers_them_all() {
    let held = Arc::new(Gate::new());
    let finished = Arc::new(AtomicUsize::new(0));
    let first_start: Arc<Mutex<Option<Instant>>> = Arc::default();
    let last_end: Arc<Mutex<Option<Instant>>> = Arc::default();
    let _points = at_points({
        let (held, finished) = (Arc::clone(&held), Arc::clone(&finished));
        let (first_start, last_end) = (Arc::clone(&first_start), Arc::clone(&last_end));
        move |point| {
            if point.ends_with(" starts") {
                first_start.lock().unwrap().get_or_insert_with(Instant::now);
            } else if point.ends_with(" ends") {
                if point == "foo(150ms) ends" {
                    held.wait();
                }
                finished.fetch_add(1, Ordering::SeqCst);
                *last_end.lock().unwrap() = Some(Instant::now());
            }
        }
    });
    let timer = call(|| time_sleepers(&SLEEPS));
    if timer.returned_within(SLEEPS[0] + HOLD).is_some() {
        panic!(
            "time_sleepers returned while foo(150ms), held at its end by the test, had not \
             finished: {} of 3 sleepers had. Keep every JoinHandle and join each one before \
             reading the clock (joining only the last one started is not enough)",
            finished.load(Ordering::SeqCst)
        );
    }
    held.open();
    let returned = timer.within(WAIT, "time_sleepers never returned");
    let (took, called) = (returned.value, returned.took);
    assert_eq!(
        finished.load(Ordering::SeqCst),
        3,
        "every foo should have run once"
    );
    let first_start = first_start.lock().unwrap().expect("a sleeper started");
    let last_end = last_end.lock().unwrap().expect("a sleeper ended");
    let covered = last_end - first_start;
    assert!(
        took >= covered && took <= called,
        "time_sleepers said {took:?}, but the sleepers ran for {covered:?} (foo(150ms) was held at \
         its end) and the call took {called:?}: measure from before the first thread starts to \
         after every thread is joined"
    );
}

#[test]
fn the_sleepers_sleep_at_the_same_time() {
    let meeting = Arc::new(Meeting::with_patience(SLEEPS.len(), PATIENCE));
    let _points = at_points({
        let meeting = Arc::clone(&meeting);
        move |point| {
            if point.ends_with(" starts") {
                meeting.pause();
            }
        }
    });
    let (_, timeline) =
        record(|| call(|| time_sleepers(&SLEEPS)).within(WAIT, "time_sleepers never returned"));
    show_threads(&timeline);
    assert!(
        meeting.met(),
        "the first sleeper waited {PATIENCE:?} at its start for the other two, which never came: \
         the sleepers took turns. Start every thread before joining any"
    );
}
