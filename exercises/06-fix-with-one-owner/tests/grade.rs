mod common;

use common::{Meeting, within};
use ex06_fix_with_one_owner::run_tasks;

#[test]
fn two_tasks_at_once_add_two() {
    // `pause` holds each caller until the other is pausing too, if it can be: when two tasks
    // each read val, pause and write, both read 0 before either writes.
    let val = within(|| {
        let meeting = Meeting::new(2);
        run_tasks(2, || meeting.pause())
    });
    assert_eq!(
        val, 2,
        "two tasks gave val = {val}: both read val before either wrote, so one update was \
         lost. Let one owner do every update, reads and writes; the tasks only send it requests"
    );
}

#[test]
fn every_update_runs_on_one_thread_the_owner() {
    let (val, callers) = within(|| {
        let meeting = Meeting::new(5);
        let val = run_tasks(5, || meeting.pause());
        (val, meeting.callers())
    });
    assert_eq!(callers.len(), 5, "one update, so one pause, per task");
    let mut threads = callers.clone();
    threads.sort();
    threads.dedup();
    assert_eq!(
        threads.len(),
        1,
        "the updates ran on {threads:?}: only the owner may touch the data, so the update (its \
         read, pause and write) runs on the owner's thread; the tasks send it requests"
    );
    assert_eq!(val, 5, "five tasks add five");
}
