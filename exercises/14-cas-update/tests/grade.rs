//! Each update runs on a thread of its own and reports on a channel; the test waits for the
//! report with a timeout, so an update that spins for ever fails the test instead of hanging it.

use std::sync::atomic::AtomicUsize;
use std::sync::atomic::Ordering::Relaxed;
use std::sync::mpsc::{self, RecvTimeoutError};
use std::sync::{Arc, Barrier};
use std::thread;
use std::time::Duration;

use ex14_cas_update::update;

/// Longer than any correct answer takes: past it, an update looks stuck.
const STUCK: Duration = Duration::from_secs(2);

/// Runs `job(index)` on `threads` threads and returns what each returned, in index order, or fails
/// the test if one of them has not finished after [`STUCK`].
fn on_threads<T: Send + 'static>(
    threads: usize,
    job: impl Fn(usize) -> T + Send + Sync + 'static,
) -> Vec<T> {
    let job = Arc::new(job);
    let (report, reports) = mpsc::channel();
    for index in 0..threads {
        let (job, report) = (Arc::clone(&job), report.clone());
        thread::spawn(move || {
            let _ = report.send((index, job(index)));
        });
    }
    drop(report);
    let mut results: Vec<Option<T>> = (0..threads).map(|_| None).collect();
    for _ in 0..threads {
        match reports.recv_timeout(STUCK) {
            Ok((index, value)) => results[index] = Some(value),
            Err(RecvTimeoutError::Disconnected) => {
                panic!("an updating thread panicked (see above)")
            }
            Err(RecvTimeoutError::Timeout) => panic!(
                "an update has not returned after {STUCK:?}: it looks stuck. When the swap \
                 fails, retry with the value compare_exchange returned in its Err, not the old one"
            ),
        }
    }
    results.into_iter().map(Option::unwrap).collect()
}

#[test]
fn alone_it_stores_the_work_and_never_retries() {
    let val = AtomicUsize::new(5);
    let mut seen = Vec::new();
    let retries = update(&val, |v| {
        seen.push(v);
        v * 10
    });
    assert_eq!(seen, [5], "work runs once, on the value read");
    assert_eq!(val.load(Relaxed), 50, "val holds what work returned");
    assert_eq!(
        retries, 0,
        "with nobody else writing, the first swap succeeds"
    );
}

#[test]
fn two_threads_that_both_read_first_lose_nothing() {
    let val = Arc::new(AtomicUsize::new(0));
    let both_have_read = Arc::new(Barrier::new(2));
    let shared = Arc::clone(&val);
    let results = on_threads(2, move |_| {
        let mut seen = Vec::new();
        let retries = update(&shared, |v| {
            seen.push(v);
            if seen.len() == 1 {
                both_have_read.wait(); // both threads read before either tries to swap
            }
            v + 1
        });
        (retries, seen)
    });
    let reused = results
        .iter()
        .any(|(retries, seen)| *retries > 0 && seen.len() == 1);
    assert_eq!(
        val.load(Relaxed),
        2,
        "an update was lost: both threads read 0, so one swap must fail and be retried{}",
        if reused {
            ", and the retry must call work again on the newer value, not reuse the old result"
        } else {
            ""
        }
    );
    let mut results = results;
    results.sort();
    assert_eq!(
        results,
        [(0, vec![0]), (1, vec![0, 1])],
        "(retries, values work saw) per thread: the loser retries once and redoes its work from \
         the value the winner wrote (1), instead of reusing a result computed from 0"
    );
}

#[test]
fn many_threads_many_updates_add_up() {
    let val = Arc::new(AtomicUsize::new(0));
    let shared = Arc::clone(&val);
    on_threads(4, move |_| {
        for _ in 0..5_000 {
            update(&shared, |v| v + 1);
        }
    });
    assert_eq!(
        val.load(Relaxed),
        20_000,
        "4 threads × 5000 updates of +1: every one must land"
    );
}
