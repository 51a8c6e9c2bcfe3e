//! Each waiter runs on a thread of its own and reports on a channel; the test waits for the
//! report with a timeout, so an `Event` that never wakes fails the test instead of hanging it.

use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::sync::{Arc, Barrier};
use std::thread;
use std::time::{Duration, Instant};

use ex07_build_event::Event;

/// Longer than any correct answer takes: past it, a waiter looks stuck.
const STUCK: Duration = Duration::from_secs(2);

/// Runs `f(event)` on a new thread, started once this function returns; its value (and how long
/// it took) arrives on the returned channel.
fn in_background<T: Send + 'static>(
    event: &Arc<Event>,
    f: impl FnOnce(&Event) -> T + Send + 'static,
) -> Receiver<(T, Duration)> {
    let (report, reports) = mpsc::channel();
    let started = Arc::new(Barrier::new(2));
    let (event, go) = (Arc::clone(event), Arc::clone(&started));
    thread::spawn(move || {
        go.wait();
        let begun = Instant::now();
        let value = f(&event);
        let _ = report.send((value, begun.elapsed()));
    });
    started.wait();
    reports
}

/// The waiter's report, or a failed test saying what it is still waiting for.
fn report<T>(reports: &Receiver<T>, stuck: &str) -> T {
    match reports.recv_timeout(STUCK) {
        Ok(value) => value,
        Err(RecvTimeoutError::Disconnected) => panic!("the waiting thread panicked (see above)"),
        Err(RecvTimeoutError::Timeout) => panic!("still waiting after {STUCK:?}: {stuck}"),
    }
}

#[test]
fn set_clear_and_is_set_move_the_flag() {
    let event = Event::new();
    assert!(!event.is_set(), "a new event is not set");
    event.set();
    assert!(event.is_set(), "is_set() after set()");
    event.set();
    assert!(event.is_set(), "setting a set event leaves it set");
    event.clear();
    assert!(!event.is_set(), "is_set() after clear()");
}

#[test]
fn a_set_event_lets_waiters_through_at_once() {
    let event = Arc::new(Event::new());
    event.set();
    report(
        &in_background(&event, Event::wait),
        "wait() on an event already set should return at once: look at the flag before sleeping",
    );
    let (set, _) = report(
        &in_background(&event, |e| e.wait_timeout(Duration::ZERO)),
        "wait_timeout(0) on a set event should return at once",
    );
    assert!(set, "wait_timeout(0) on a set event returns true");
}

#[test]
fn wait_blocks_until_set() {
    let event = Arc::new(Event::new());
    let waiter = in_background(&event, Event::wait);
    match waiter.recv_timeout(Duration::from_millis(100)) {
        Err(RecvTimeoutError::Timeout) => {} // right: nobody has set it yet
        Ok(_) => panic!("wait() returned though nobody had called set(): it must block"),
        Err(RecvTimeoutError::Disconnected) => panic!("wait() panicked (see above)"),
    }
    event.set();
    report(
        &waiter,
        "wait() did not return after set(): set must change the flag under the lock and then \
         ring the Condvar (notify_all), or a thread asleep in wait() never looks again",
    );
}

#[test]
fn wait_goes_back_to_sleep_after_a_wake_up_without_set() {
    let event = Arc::new(Event::new());
    let waiter = in_background(&event, Event::wait);
    // Ring the bell every 2 ms for 300 ms without raising the flag.
    let until = Instant::now() + Duration::from_millis(300);
    while Instant::now() < until {
        event.poke();
        thread::sleep(Duration::from_millis(2));
        if let Ok((_, after)) = waiter.try_recv() {
            panic!(
                "wait() returned after {after:?}, woken by poke() with the flag still down: a \
                 wake-up only means \"look again\". Loop while the flag is down (or use \
                 Condvar::wait_while)"
            );
        }
    }
    event.set();
    report(&waiter, "wait() did not return after set()");
}

#[test]
fn wait_timeout_gives_up_after_its_timeout() {
    let event = Arc::new(Event::new());
    let timeout = Duration::from_millis(100);
    let (set, took) = report(
        &in_background(&event, move |e| e.wait_timeout(timeout)),
        "wait_timeout(100 ms) should give up after about 100 ms",
    );
    assert!(
        !set,
        "wait_timeout returned true, but nobody had set the event"
    );
    assert!(
        took >= timeout,
        "wait_timeout(100 ms) returned false after only {took:?}"
    );
}

#[test]
fn wait_timeout_counts_down_through_wake_ups() {
    let event = Arc::new(Event::new());
    let timeout = Duration::from_millis(300);
    let waiter = in_background(&event, move |e| e.wait_timeout(timeout));
    // Ring the bell every 2 ms without raising the flag, until the waiter answers or 1.5 s pass.
    let until = Instant::now() + Duration::from_millis(1500);
    let answer = loop {
        event.poke();
        thread::sleep(Duration::from_millis(2));
        if let Ok(answer) = waiter.try_recv() {
            break Some(answer);
        }
        if Instant::now() > until {
            break None;
        }
    };
    event.set(); // lets a stuck waiter go
    let Some((set, took)) = answer else {
        panic!(
            "wait_timeout(300 ms) had not returned after 1.5 s of wake-ups without set(): it \
             waited the full timeout again after each wake-up. Wait only for what is left of it \
             (a deadline), or use Condvar::wait_timeout_while"
        );
    };
    assert!(
        !set && took >= timeout,
        "wait_timeout(300 ms) returned {set} after {took:?}, woken by poke() with the flag down: \
         a wake-up is neither a set() nor the end of the timeout; look at the flag and wait again \
         for the time that is left"
    );
}

#[test]
fn wait_timeout_returns_true_when_set_meanwhile() {
    let event = Arc::new(Event::new());
    let waiter = in_background(&event, |e| e.wait_timeout(Duration::from_secs(10)));
    thread::sleep(Duration::from_millis(50));
    event.set();
    let (set, took) = report(
        &waiter,
        "wait_timeout(10 s) did not return soon after set(): set must wake the waiters",
    );
    assert!(
        set,
        "wait_timeout returned false after {took:?}, before its 10 s timeout and though set() \
         was called: return whether the flag is up"
    );
}

#[test]
fn one_set_wakes_every_waiter() {
    let event = Arc::new(Event::new());
    let waiters: Vec<_> = (0..4).map(|_| in_background(&event, Event::wait)).collect();
    thread::sleep(Duration::from_millis(100)); // all four are asleep in wait() by now
    event.set();
    let deadline = Instant::now() + STUCK;
    let woke = waiters
        .iter()
        .filter(|w| {
            w.recv_timeout(deadline.saturating_duration_since(Instant::now()))
                .is_ok()
        })
        .count();
    assert_eq!(
        woke, 4,
        "only {woke} of 4 waiters returned after one set(): every waiter waits for the same \
         flag, so set must wake them all (notify_all, not notify_one)"
    );
}
