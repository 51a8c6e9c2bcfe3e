//! `pause` is where the threads meet: two threads released together pause at the same time if
//! the lock lets them, so an update lost once is lost on every run. Correct code, which keeps
//! the second thread out, makes the first wait out the meeting's patience once.

use std::sync::Mutex;
use std::time::Duration;

use ex06_fix_with_a_guard::{Data, update};
use grader::{Meeting, together, within};

/// Far longer than two updates take, patience included.
const LIMIT: Duration = Duration::from_secs(2);

#[test]
fn one_update_adds_one_and_pauses_once_with_the_lock_held() {
    let (val, pauses, held) = within(LIMIT, "update never returned", || {
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
    // With the lock free between the read and the write, both threads read 0 before either
    // writes.
    let val = within(
        LIMIT,
        "two updates never returned: does a thread lock `data` again while its guard still \
         lives? Lock once, and read and write through that guard",
        || {
            let data = Mutex::new(Data::default());
            let meeting = Meeting::new(2);
            together(2, |_| {
                update(&data, || {
                    meeting.pause();
                })
            });
            data.into_inner().unwrap().val
        },
    );
    assert_eq!(
        val, 2,
        "two updates gave val = {val}: both threads read val before either wrote, so one \
         update was lost. Hold one guard from the read to the write"
    );
}
