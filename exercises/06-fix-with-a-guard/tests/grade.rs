mod common;

use std::sync::{Arc, Mutex};

use common::{Meeting, on_two_threads, within};
use ex06_fix_with_a_guard::{Data, update};

#[test]
fn one_update_adds_one_and_pauses_once_with_the_lock_held() {
    let (val, pauses, held) = within(|| {
        let data = Mutex::new(Data::default());
        let (mut pauses, mut held) = (0, false);
        update(&data, || {
            pauses += 1;
            held = data.try_lock().is_err();
        });
        (data.into_inner().unwrap().val, pauses, held)
    });
    assert_eq!(val, 1, "one update adds one to val");
    assert_eq!(
        pauses, 1,
        "call `pause` once, between the read and the write"
    );
    assert!(
        held,
        "`pause` ran while `data` was unlocked: the seed sleeps inside `with self._lock:`, so \
         hold one guard from the read, across the pause, to the write"
    );
}

#[test]
fn two_threads_updating_at_once_add_two() {
    // Both threads are released together, and `pause` holds each one until the other is
    // pausing too, if it can be: with the lock free between the read and the write, both read
    // 0 before either writes.
    let val = within(|| {
        let data = Mutex::new(Data::default());
        let meeting = Meeting::new(2);
        on_two_threads(|| update(&data, || meeting.pause()));
        data.into_inner().unwrap().val
    });
    assert_eq!(
        val, 2,
        "two updates gave val = {val}: both threads read val before either wrote, so one \
         update was lost. Hold one guard from the read to the write"
    );
}

#[test]
fn four_threads_times_ten_thousand_updates_lose_none() {
    let val = within(|| {
        let data = Arc::new(Mutex::new(Data::default()));
        let threads: Vec<_> = (0..4)
            .map(|_| {
                let data = Arc::clone(&data);
                std::thread::spawn(move || {
                    for _ in 0..10_000 {
                        update(&data, || {});
                    }
                })
            })
            .collect();
        for thread in threads {
            thread.join().unwrap();
        }
        data.lock().unwrap().val
    });
    assert_eq!(
        val,
        40_000,
        "4 threads × 10000 updates lost {} updates: another thread came between a read and its \
         write",
        40_000 - val
    );
}
