//! Each waiter runs on a thread of its own and reports on a channel; every wait for the learner's
//! code is bounded. The given `Condvar` counts its sleepers, so a test acts once the waiters are
//! asleep, never after a sleep that hopes they are; `Event::restless()` wakes them every
//! millisecond without a `set`, as std's `Condvar` may.

use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, TryRecvError};
use std::thread;
use std::time::{Duration, Instant};

use ex07_build_event::Event;
use grader::within;

/// The margin the statement states: a waiter returns within it once it has a reason to.
const MARGIN: Duration = Duration::from_secs(1);

/// Runs `f(event)` on a thread of its own; its value, and how long it took, arrive on the
/// returned channel.
fn in_background<T: Send + 'static>(
    event: &Arc<Event>,
    f: impl FnOnce(&Event) -> T + Send + 'static,
) -> Receiver<(T, Duration)> {
    let (report, reports) = mpsc::channel();
    let event = Arc::clone(event);
    thread::spawn(move || {
        let begun = Instant::now();
        let value = f(&event);
        let _ = report.send((value, begun.elapsed()));
    });
    reports
}

/// The waiter's report, within `limit`, or a failed test saying what it is still waiting for.
fn report<T>(reports: &Receiver<T>, limit: Duration, stuck: &str) -> T {
    match reports.recv_timeout(limit) {
        Ok(value) => value,
        Err(RecvTimeoutError::Disconnected) => panic!("the waiting thread panicked (see above)"),
        Err(RecvTimeoutError::Timeout) => panic!("still waiting after {limit:?}: {stuck}"),
    }
}

/// Waits until `ready` holds, for at most `limit`; whether it did.
fn until(limit: Duration, mut ready: impl FnMut() -> bool) -> bool {
    let deadline = Instant::now() + limit;
    while !ready() {
        if Instant::now() > deadline {
            return false;
        }
        thread::sleep(Duration::from_millis(1));
    }
    true
}

/// Fails if the waiter has already returned, saying `what` it was and `why` that is wrong.
fn still_waiting<T>(reports: &Receiver<(T, Duration)>, what: &str, why: &str) {
    match reports.try_recv() {
        Err(TryRecvError::Empty) => {}
        Ok((_, after)) => {
            panic!("{what} returned after {after:?}, though nobody had set the event{why}")
        }
        Err(TryRecvError::Disconnected) => panic!("{what} panicked (see above)"),
    }
}

/// `event.set()`, bounded: a `set` that cannot take the lock fails the test.
fn set(event: &Arc<Event>) {
    let event = Arc::clone(event);
    within(
        MARGIN,
        "set() never returned: does a waiter keep the lock while it waits? Sleep on `changed`, \
         which lets go of the lock while asleep",
        move || event.set(),
    );
}

#[test]
fn set_clear_and_is_set_move_the_flag() {
    let seen = within(MARGIN, "set, clear or is_set never returned", || {
        let event = Event::new();
        let mut seen = vec![event.is_set()];
        event.set();
        seen.push(event.is_set());
        event.set();
        seen.push(event.is_set());
        event.clear();
        seen.push(event.is_set());
        seen
    });
    assert_eq!(
        seen,
        [false, true, true, false],
        "is_set(): new, after set(), after a second set(), after clear()"
    );
}

#[test]
fn a_set_event_lets_waiters_through_at_once() {
    let event = Arc::new(Event::new());
    set(&event);
    report(
        &in_background(&event, Event::wait),
        MARGIN,
        "wait() on an event already set should return at once: look at the flag before sleeping",
    );
    let (set, _) = report(
        &in_background(&event, |e| e.wait_timeout(Duration::ZERO)),
        MARGIN,
        "wait_timeout(0) on a set event should return at once",
    );
    assert!(set, "wait_timeout(0) on a set event returns true");
}

#[test]
fn wait_sleeps_until_set() {
    let event = Arc::new(Event::new());
    let waiter = in_background(&event, Event::wait);
    until(MARGIN, || event.sleeping() == 1);
    still_waiting(&waiter, "wait()", "");
    set(&event);
    report(
        &waiter,
        MARGIN,
        "wait() did not return after set(): set must change the flag under the lock and then \
         ring `changed` (notify_all), or a thread asleep in wait() never looks again",
    );
}

#[test]
fn wait_sleeps_again_after_a_wake_up_without_set() {
    // A restless `Condvar` wakes the waiter every millisecond with the flag down.
    let event = Arc::new(Event::restless());
    let waiter = in_background(&event, Event::wait);
    until(MARGIN, || {
        still_waiting(
            &waiter,
            "wait()",
            ": it was woken with the flag still down. A wake-up only means \"look again\": loop \
             while the flag is down (or use Condvar::wait_while)",
        );
        event.waits() >= 5
    });
    still_waiting(&waiter, "wait()", "");
    set(&event);
    report(&waiter, MARGIN, "wait() did not return after set()");
}

#[test]
fn wait_timeout_gives_up_on_time() {
    let event = Arc::new(Event::new());
    let timeout = Duration::from_millis(200);
    let (set, took) = report(
        &in_background(&event, move |e| e.wait_timeout(timeout)),
        timeout + MARGIN,
        "wait_timeout(200 ms) should give up after 200 ms",
    );
    assert!(
        !set,
        "wait_timeout returned true, but nobody had set the event"
    );
    assert!(
        took >= timeout,
        "wait_timeout(200 ms) returned false after only {took:?}"
    );
}

#[test]
fn wait_timeout_counts_down_through_wake_ups() {
    // A restless `Condvar` wakes the waiter every millisecond with the flag down: a wait that
    // starts its whole timeout again after each wake-up never ends.
    let event = Arc::new(Event::restless());
    let timeout = Duration::from_millis(300);
    let (set, took) = report(
        &in_background(&event, move |e| e.wait_timeout(timeout)),
        timeout + MARGIN,
        "wait_timeout(300 ms), woken every millisecond without set(), never gave up: it waited \
         the full timeout again after each wake-up. Wait only for what is left of it (a \
         deadline), or use Condvar::wait_timeout_while",
    );
    assert!(
        !set && took >= timeout,
        "wait_timeout(300 ms) returned {set} after {took:?}, woken with the flag down: a wake-up \
         is neither a set() nor the end of the timeout; look at the flag and wait again for the \
         time that is left"
    );
}

#[test]
fn wait_timeout_returns_true_soon_after_set() {
    let event = Arc::new(Event::new());
    let waiter = in_background(&event, |e| e.wait_timeout(Duration::from_secs(10)));
    until(MARGIN, || event.sleeping() == 1);
    still_waiting(&waiter, "wait_timeout(10 s)", "");
    let set_at = Instant::now();
    set(&event);
    let (set, _) = report(
        &waiter,
        MARGIN,
        "wait_timeout(10 s) did not return within a second of set(): sleep on `changed`, which \
         set() rings, not for the whole timeout",
    );
    assert!(
        set,
        "wait_timeout(10 s) returned false {:?} after set(): return whether the flag is up",
        set_at.elapsed()
    );
}

#[test]
fn one_set_wakes_every_waiter() {
    let event = Arc::new(Event::new());
    let waiters: Vec<_> = (0..3).map(|_| in_background(&event, Event::wait)).collect();
    until(MARGIN, || event.sleeping() == 3);
    for waiter in &waiters {
        still_waiting(waiter, "wait()", "");
    }
    set(&event);
    let deadline = Instant::now() + MARGIN;
    let woke = waiters
        .iter()
        .filter(|w| {
            w.recv_timeout(deadline.saturating_duration_since(Instant::now()))
                .is_ok()
        })
        .count();
    assert_eq!(
        woke, 3,
        "only {woke} of 3 sleeping waiters returned after one set(): every waiter waits for the \
         same flag, so set must wake them all (notify_all, not notify_one)"
    );
}
