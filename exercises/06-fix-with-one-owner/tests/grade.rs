//! `pause` is where threads meet: every update pauses, and two that can be between their read
//! and their write at once are made to be. Correct code, whose one owner updates one request at
//! a time, makes the owner wait out the meeting's patience once.

use std::sync::Mutex;
use std::time::Duration;

use ex06_fix_with_one_owner::run_tasks;
use grader::{Meeting, within};

/// Far longer than the tasks take, patience included.
const LIMIT: Duration = Duration::from_secs(2);

const STUCK: &str = "run_tasks never returned: the owner's loop ends only when every Sender is \
                     dropped; drop yours once the tasks have sent their requests";

#[test]
fn two_tasks_at_once_add_two() {
    // When two tasks each read val, pause and write, both read 0 before either writes.
    let val = within(LIMIT, STUCK, || {
        let meeting = Meeting::new(2);
        run_tasks(2, || {
            meeting.pause();
        })
    });
    assert_eq!(
        val, 2,
        "two tasks gave val = {val}: both read val before either wrote, or run_tasks read val \
         before the owner was done. Let one owner do every update, reads and writes, and \
         return val once it has done them all"
    );
}

#[test]
fn every_update_runs_on_one_thread_the_owner() {
    let (val, threads) = within(LIMIT, STUCK, || {
        let threads = Mutex::new(Vec::new());
        let val = run_tasks(5, || {
            let me = std::thread::current();
            let name = me
                .name()
                .map_or_else(|| format!("{:?}", me.id()), str::to_string);
            threads.lock().unwrap().push(name);
        });
        (val, threads.into_inner().unwrap())
    });
    assert_eq!(val, 5, "five tasks add five");
    assert_eq!(threads.len(), 5, "one update, so one pause, per task");
    let mut distinct = threads.clone();
    distinct.sort();
    distinct.dedup();
    assert!(
        distinct.len() == 1 && !distinct[0].starts_with("task "),
        "the updates ran on {distinct:?}: only the owner may touch the data, so every update \
         (its read, pause and write) runs on the owner's thread, not on the tasks'; the tasks \
         send it requests"
    );
}
