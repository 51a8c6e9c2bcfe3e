//! `pause` is where the threads meet: two threads released together pause at the same time if
//! they can, so a `load` before the pause and a `store` after it lose an update on every run.

use std::sync::atomic::Ordering::SeqCst;
use std::time::Duration;

use ex06_fix_with_an_atomic::{AtomicUsize, add_one};
use grader::{Meeting, together, within};

/// Far longer than two calls take.
const LIMIT: Duration = Duration::from_secs(2);

#[test]
fn one_call_adds_one_and_pauses_once() {
    let (count, pauses) = within(LIMIT, "add_one never returned", || {
        let counter = AtomicUsize::new(0);
        let mut pauses = 0;
        add_one(&counter, || pauses += 1);
        (counter.load(SeqCst), pauses)
    });
    assert_eq!(count, 1, "one call adds one");
    assert_eq!(
        pauses, 1,
        "call `pause` once: it stands for the seed's sleep"
    );
}

#[test]
fn two_threads_adding_at_once_add_two() {
    // `pause` holds each thread until the other is pausing too: with a `load` before the pause
    // and a `store` after it, both load 0.
    let count = within(
        LIMIT,
        "two add_one calls never returned: does a retry loop retry with a value that never \
         changes? After a failed compare_exchange, retry from the value it found",
        || {
            let counter = AtomicUsize::new(0);
            let meeting = Meeting::new(2);
            together(2, |_| {
                add_one(&counter, || {
                    meeting.pause();
                })
            });
            counter.load(SeqCst)
        },
    );
    assert_eq!(
        count, 2,
        "two calls gave {count}: both threads loaded the same value before either stored, so \
         one update was lost. `load` and `store` are two steps, whatever the ordering: add in \
         one step"
    );
}
