//! The model checker's graders: loom runs each model below in every interleaving of its
//! threads with up to [`PREEMPTIONS`] preemptions. They run as the library's own tests, where
//! the given `Mutex` and `Condvar` are loom's; a failure shows the interleaving, step by step.

use std::sync::Arc;
use std::time::Duration;

use grader::model::explore;
use grader::within;
use loom::thread;

use crate::Event;

/// The bound the statement states.
const PREEMPTIONS: usize = 3;

/// Far longer than a model takes; past it, a thread of the model spins without end.
const LIMIT: Duration = Duration::from_secs(1);

/// Explores `model`, bounded in time: a thread that spins without a lock or a `Condvar` never
/// lets loom switch.
fn check(model: fn()) {
    within(
        LIMIT,
        "a thread of the model never stopped: does a loop wait without sleeping on `changed`?",
        move || explore(Some(PREEMPTIONS), model),
    );
}

/// Runs `wait` (or what `f` does) on a thread of the model named `name`.
fn waiter(event: &Arc<Event>, name: &str, f: fn(&Event)) -> thread::JoinHandle<()> {
    let event = Arc::clone(event);
    thread::Builder::new()
        .name(name.into())
        .spawn(move || f(&event))
        .expect("loom starts the thread")
}

#[test]
fn a_set_wakes_a_waiter_in_every_interleaving() {
    check(|| {
        let event = Arc::new(Event::new());
        let waiter = waiter(&event, "waiter", Event::wait);
        event.set();
        waiter.join().unwrap();
    });
}

#[test]
fn a_set_wakes_both_of_two_waiters_in_every_interleaving() {
    check(|| {
        let event = Arc::new(Event::new());
        let first = waiter(&event, "waiter 1", Event::wait);
        let second = waiter(&event, "waiter 2", Event::wait);
        event.set();
        first.join().unwrap();
        second.join().unwrap();
    });
}

#[test]
fn a_set_wakes_a_timed_waiter_in_every_interleaving() {
    // Loom has no clock: in a model, `wait_timeout` never times out, so it must see the set.
    check(|| {
        let event = Arc::new(Event::new());
        let waiter = waiter(&event, "waiter", |event| {
            assert!(
                event.wait_timeout(Duration::from_secs(3600)),
                "wait_timeout returned false, but the event was set before its hour was up"
            );
        });
        event.set();
        waiter.join().unwrap();
    });
}
