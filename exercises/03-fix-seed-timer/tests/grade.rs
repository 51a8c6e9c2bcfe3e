//! The tests step in at the given `foo`'s points: the first sleeper is held at its end while the
//! test looks whether `time_sleepers` has returned, and the sleepers meet at their start.

use std::sync::{Arc, mpsc};
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
    let (noted, notes) = mpsc::channel::<(String, Instant)>();
    let _points = at_points({
        let held = Arc::clone(&held);
        move |point| {
            if point == "foo(150ms) ends" {
                held.wait();
            }
            let _ = noted.send((point.to_string(), Instant::now()));
        }
    });
    let timer = call(|| time_sleepers(&SLEEPS));
    // Once the two other sleepers have ended, a timer that does not wait for foo(150ms) is free
    // to return, and does so within HOLD.
    let mut seen = Vec::new();
    while seen
        .iter()
        .filter(|(p, _): &&(String, Instant)| p.ends_with(" ends"))
        .count()
        < 2
    {
        match notes.recv_timeout(PATIENCE) {
            Ok(note) => seen.push(note),
            Err(_) => break, // they take turns: the other test says so
        }
    }
    if timer.returned_within(HOLD).is_some() {
        panic!(
            "time_sleepers returned while foo(150ms), held at its end by the test, had not \
             finished: keep every JoinHandle and join each one before reading the clock \
             (joining only the last one started is not enough)"
        );
    }
    held.open();
    let returned = timer.within(WAIT, "time_sleepers never returned");
    let (took, called) = (returned.value, returned.took);
    seen.extend(notes.try_iter());
    let at = |kind: &str| -> Vec<Instant> {
        let of_kind = seen.iter().filter(|(point, _)| point.ends_with(kind));
        of_kind.map(|(_, when)| *when).collect()
    };
    let (starts, ends) = (at(" starts"), at(" ends"));
    assert_eq!(ends.len(), 3, "every foo should have run once");
    let first_start = *starts.iter().min().expect("a sleeper started");
    let last_end = *ends.iter().max().expect("a sleeper ended");
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
