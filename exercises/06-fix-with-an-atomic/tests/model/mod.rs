//! The model checker's grader: loom runs two `add_one`s in every interleaving with up to
//! [`PREEMPTIONS`] preemptions. It runs as the library's own test, where the given `AtomicUsize`
//! is loom's; a failure shows the interleaving, step by step.

use std::sync::Arc;
use std::sync::atomic::Ordering::SeqCst;
use std::time::Duration;

use grader::model::{explore, step};
use grader::within;
use loom::thread;

use crate::{AtomicUsize, add_one};

/// The bound the statement states.
const PREEMPTIONS: usize = 3;

/// Far longer than the model takes; past it, a thread of the model spins without end.
const LIMIT: Duration = Duration::from_secs(1);

#[test]
fn two_add_ones_add_two_in_every_interleaving() {
    within(
        LIMIT,
        "a thread of the model never finished its add_one: does a retry loop retry with a value \
         that never changes?",
        || {
            explore(Some(PREEMPTIONS), || {
                let counter = Arc::new(AtomicUsize::named("the counter", 0));
                let other = Arc::clone(&counter);
                let task = thread::Builder::new()
                    .name("task 1".into())
                    .spawn(move || add_one(&other, || step("pauses")))
                    .expect("loom starts the thread");
                add_one(&counter, || step("pauses"));
                task.join().unwrap();
                let count = counter.load(SeqCst);
                assert_eq!(
                    count, 2,
                    "two add_one calls added {count}: both threads read the same value before \
                     either wrote, so one update was lost. Add in one atomic step"
                );
            })
        },
    );
}
