//! `update` alone, and on two real threads that both read before either writes (a barrier
//! inside `work` makes sure of it). Every interleaving is the library's own test, under loom
//! (`tests/model/`).

use std::sync::atomic::Ordering::Relaxed;
use std::sync::{Arc, Barrier};
use std::thread;
use std::time::Duration;

use ex14_cas_update::{AtomicUsize, update};

/// Longer than any correct update takes, by far.
const LIMIT: Duration = Duration::from_secs(2);

#[test]
fn alone_it_stores_the_work_and_never_retries() {
    let (val, seen, retries) = grader::within(LIMIT, "update never returned", || {
        let val = AtomicUsize::new(5);
        let mut seen = Vec::new();
        let retries = update(&val, |v| {
            seen.push(v);
            v * 10
        });
        (val.into_inner(), seen, retries)
    });
    assert_eq!(seen, [5], "work runs once, on the value read");
    assert_eq!(val, 50, "val holds what work returned");
    assert_eq!(
        retries, 0,
        "with nobody else writing, the first swap succeeds"
    );
}

#[test]
fn two_threads_that_both_read_first_lose_nothing() {
    let (val, mut results) = grader::within(
        LIMIT,
        "an update looks stuck: when the swap fails, retry with the value compare_exchange \
         returned in its Err, not the one you first read",
        || {
            let val = Arc::new(AtomicUsize::new(0));
            let both_have_read = Arc::new(Barrier::new(2));
            let threads: Vec<_> = (0..2)
                .map(|_| {
                    let (val, both_have_read) = (Arc::clone(&val), Arc::clone(&both_have_read));
                    thread::spawn(move || {
                        let mut seen = Vec::new();
                        let retries = update(&val, |v| {
                            seen.push(v);
                            if seen.len() == 1 {
                                both_have_read.wait(); // both read 0 before either swaps
                            }
                            v + 1
                        });
                        (retries, seen)
                    })
                })
                .collect();
            let results: Vec<_> = threads.into_iter().map(|t| t.join().unwrap()).collect();
            (val.load(Relaxed), results)
        },
    );
    assert_eq!(
        val, 2,
        "both threads read 0, and val ends at {val}: an update was lost"
    );
    results.sort();
    assert_eq!(
        results,
        [(0, vec![0]), (1, vec![0, 1])],
        "(retries, values work saw) per thread: the loser retries once and redoes its work from \
         the value the winner wrote (1), instead of reusing a result computed from 0"
    );
}
