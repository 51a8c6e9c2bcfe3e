mod common;

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use common::{Meeting, on_two_threads, within};
use ex06_fix_with_an_atomic::add_one;

#[test]
fn one_call_adds_one_and_pauses_once() {
    let (count, pauses) = within(|| {
        let counter = AtomicUsize::new(0);
        let mut pauses = 0;
        add_one(&counter, || pauses += 1);
        (counter.into_inner(), pauses)
    });
    assert_eq!(count, 1, "one call adds one");
    assert_eq!(
        pauses, 1,
        "call `pause` once: it stands for the seed's sleep"
    );
}

#[test]
fn two_threads_adding_at_once_add_two() {
    // Both threads are released together, and `pause` holds each one until the other is
    // pausing too: with a `load` before the pause and a `store` after it, both load 0.
    let count = within(|| {
        let counter = AtomicUsize::new(0);
        let meeting = Meeting::new(2);
        on_two_threads(|| add_one(&counter, || meeting.pause()));
        counter.into_inner()
    });
    assert_eq!(
        count, 2,
        "two calls gave {count}: both threads loaded the same value before either stored, so \
         one update was lost. `load` and `store` are two steps, whatever the ordering: add in \
         one step"
    );
}

#[test]
fn four_threads_times_ten_thousand_additions_lose_none() {
    let count = within(|| {
        let counter = Arc::new(AtomicUsize::new(0));
        let threads: Vec<_> = (0..4)
            .map(|_| {
                let counter = Arc::clone(&counter);
                std::thread::spawn(move || {
                    for _ in 0..10_000 {
                        add_one(&counter, || {});
                    }
                })
            })
            .collect();
        for thread in threads {
            thread.join().unwrap();
        }
        counter.load(Ordering::SeqCst)
    });
    assert_eq!(
        count,
        40_000,
        "4 threads × 10000 additions lost {}: another thread came between a load and its store",
        40_000 - count
    );
}
