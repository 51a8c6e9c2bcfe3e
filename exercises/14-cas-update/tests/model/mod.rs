//! `update` on loom's atomics, run by two threads at once in every interleaving (up to 3
//! preemptions): a lost update, or a result computed from a stale value, shows on every run.

// std's `Arc`, not loom's: an update that spins fails the execution with the other thread
// never finished, and loom's `Arc` cannot be dropped once loom has let go of it.
use std::sync::Arc;
use std::sync::atomic::Ordering::SeqCst;

use grader::model::step;

use crate::{AtomicUsize, update};

/// `update(val, +1)`, noting each call of `work`: how many retries it returned, and the values
/// `work` was called with.
fn add_one(val: &AtomicUsize) -> (usize, Vec<usize>) {
    let mut seen = Vec::new();
    let retries = update(val, |v| {
        seen.push(v);
        step(format!("work({v}) -> {}", v + 1));
        v + 1
    });
    step(format!("update returned {retries}"));
    (retries, seen)
}

#[test]
fn two_updates_at_once_lose_nothing() {
    grader::model::explore(Some(3), || {
        let val = Arc::new(AtomicUsize::new(0));
        let theirs = {
            let val = Arc::clone(&val);
            loom::thread::spawn(move || add_one(&val))
        };
        let mine = add_one(&val);
        let theirs = theirs.join().unwrap();
        let end = val.load(SeqCst);
        assert_eq!(
            end, 2,
            "two threads each added 1 to 0 with update, and val is {end}: an update was lost. \
             Store only with compare_exchange, and when it fails, call work again on the value \
             it returned in its Err. (A Relaxed load may even return a value older than another \
             thread's store; a compare_exchange always sees the latest.)"
        );
        for (retries, seen) in [&mine, &theirs] {
            assert_eq!(
                *retries + 1,
                seen.len(),
                "update returned {retries} retries, but work ran on {seen:?}: it runs once, \
                 plus once for each retry"
            );
        }
    });
}
