//! `join_timeout` runs on a thread of its own (`grader::call`), so an answer that never returns
//! fails its test instead of hanging it. The thread it waits for is held at a gate the test opens.

use std::sync::Arc;
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

use ex03_join_timeout::join_timeout;
use grader::{Gate, call, within};

/// How late `join_timeout` may return, after the thread finishes or after the timeout.
const LATE: Duration = Duration::from_millis(300);

/// How long the tests wait for an answer before they call it stuck.
const WAIT: Duration = Duration::from_secs(2);

/// A thread that returns `value` once the test opens the gate.
fn gated(value: u32) -> (Arc<Gate>, JoinHandle<u32>) {
    let gate = Arc::new(Gate::new());
    let held = Arc::clone(&gate);
    let handle = thread::spawn(move || {
        held.wait();
        value
    });
    (gate, handle)
}

#[test]
fn a_thread_that_finishes_in_time_gives_its_value_promptly() {
    let (gate, handle) = gated(42);
    let timer = call(move || join_timeout(handle, Duration::from_secs(60)));
    thread::sleep(Duration::from_millis(200)); // join_timeout is waiting now
    let finished = Instant::now();
    gate.open();
    let returned = timer.within(
        WAIT,
        "join_timeout(60 s) had not returned 2 s after the thread finished: return as soon as it \
         finishes (ask handle.is_finished() every millisecond), not at the end of the timeout",
    );
    match returned.value {
        Ok(value) => assert_eq!(value, 42, "the value the thread returned"),
        Err(_) => panic!(
            "join_timeout gave up after {:?}, though the thread finished 200 ms in, well within \
             the 60 s timeout: keep looking until the deadline",
            returned.took
        ),
    }
    let late = returned.at.saturating_duration_since(finished);
    assert!(
        late <= LATE,
        "join_timeout returned {late:?} after the thread finished, more than {LATE:?}: look \
         more often (every millisecond)"
    );
}

#[test]
fn a_thread_still_running_at_the_timeout_is_handed_back() {
    let (gate, handle) = gated(7);
    let id = handle.thread().id();
    let timeout = Duration::from_millis(200);
    let returned = call(move || join_timeout(handle, timeout)).within(
        WAIT,
        "join_timeout(200 ms) had not returned after 2 s, while the thread was still running: \
         give up at the timeout (handle.join() waits for ever)",
    );
    let took = returned.took;
    let Err(handle) = returned.value else {
        unreachable!("the thread cannot finish before its gate opens")
    };
    assert!(
        took >= timeout,
        "join_timeout gave up after {took:?}, before its 200 ms timeout: wait until the deadline \
         before you give up"
    );
    assert!(
        took <= timeout + LATE,
        "join_timeout gave up after {took:?}: more than {LATE:?} after its 200 ms timeout"
    );
    assert_eq!(
        handle.thread().id(),
        id,
        "the handle handed back should be the one join_timeout was given"
    );
    gate.open();
    let value = within(WAIT, "the thread never finished", move || handle.join());
    assert_eq!(value.expect("the thread does not panic"), 7);
}

#[test]
fn a_thread_already_finished_gives_its_value_even_with_no_time_left() {
    let handle = thread::spawn(|| 5);
    let handle = within(WAIT, "a thread that returns 5 never finished", move || {
        while !handle.is_finished() {
            thread::sleep(Duration::from_millis(1));
        }
        handle
    });
    let returned = call(move || join_timeout(handle, Duration::ZERO)).within(
        WAIT,
        "join_timeout(0 s) on a finished thread never returned",
    );
    assert!(
        matches!(returned.value, Ok(5)),
        "the thread had finished before join_timeout(0 s) was called: look before you check the \
         deadline, and return its value"
    );
}
