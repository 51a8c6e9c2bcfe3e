//! Every wait for the learner's code is bounded. The order is forced: the slowest task cannot
//! finish before a line has been printed (it waits for one in a `Meeting`), so code that waits
//! for it first makes it wait out the meeting's patience, and prints it first.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use ex05_as_completed::print_as_completed;
use grader::{Meeting, within};
use pools::ThreadPool;

/// Far longer than the tasks take, patience included.
const LIMIT: Duration = Duration::from_secs(2);

const STUCK: &str = "print_as_completed never returned";

#[test]
fn every_result_is_printed_once() {
    let mut printed = within(LIMIT, STUCK, || {
        let pool = ThreadPool::new(3).unwrap();
        let mut printed = Vec::new();
        print_as_completed(
            &pool,
            &[3, 1, 2],
            |sec| format!("Done {sec}"),
            |line| printed.push(line),
        );
        printed
    });
    printed.sort();
    assert_eq!(
        printed,
        ["Done 1", "Done 2", "Done 3"],
        "print each task's result exactly once"
    );
}

#[test]
fn each_result_is_printed_as_soon_as_its_task_finishes() {
    // The task for 5 finishes only once a line has been printed: it meets the first `print` in
    // a `Meeting`. Submitting every task and printing each as it completes brings them together.
    let (printed, met) = within(LIMIT, STUCK, || {
        let meeting = Arc::new(Meeting::new(2));
        let in_task = Arc::clone(&meeting);
        let task = move |sec: u64| {
            if sec == 5 {
                in_task.pause();
            }
            format!("Done {sec}")
        };
        let pool = ThreadPool::new(5).unwrap();
        let mut printed = Vec::new();
        print_as_completed(&pool, &[5, 4, 3, 2, 1], task, |line| {
            meeting.pause();
            printed.push(line);
        });
        (printed, meeting.met())
    });
    assert_eq!(printed.len(), 5, "one line per task: {printed:?}");
    assert!(
        met && printed[0] != "Done 5",
        "the slow task waited for a line to be printed, and none came while it waited (printed: \
         {printed:?}): submit every task, then print each result as soon as its task finishes \
         (as_completed), not in the order submitted, nor all at the end"
    );
}

#[test]
fn a_task_that_panicked_is_printed_as_its_error() {
    let mut printed = within(
        LIMIT,
        "print_as_completed panicked or never returned: a task's panic is in its result, an \
         Err(TaskError); print the error instead of unwrapping",
        || {
            let pool = ThreadPool::new(2).unwrap();
            let mut printed = Vec::new();
            let task = |sec: u64| {
                if sec == 2 {
                    panic!("out of fuel");
                }
                format!("Done {sec}")
            };
            print_as_completed(&pool, &[1, 2, 3], task, |line| printed.push(line));
            printed
        },
    );
    printed.sort();
    assert_eq!(
        printed,
        ["Done 1", "Done 3", "the task panicked: out of fuel"],
        "a task's panic is in its result, an Err(TaskError): print the error (it implements \
         Display) instead of unwrapping, and the other tasks are still printed"
    );
}

#[test]
fn the_tasks_run_on_the_pools_workers() {
    let threads = within(LIMIT, STUCK, || {
        let threads = Arc::new(Mutex::new(Vec::new()));
        let seen = Arc::clone(&threads);
        let task = move |sec: u64| {
            let name = std::thread::current().name().unwrap_or("").to_string();
            seen.lock().unwrap().push(name);
            format!("Done {sec}")
        };
        let pool = ThreadPool::new(2).unwrap();
        print_as_completed(&pool, &[1, 2, 3, 4], task, |_| {});
        threads.lock().unwrap().clone()
    });
    assert!(
        threads.len() == 4 && threads.iter().all(|t| t.starts_with("pool-worker-")),
        "the tasks ran on {threads:?}: submit each one to the pool, whose workers are named \
         pool-worker-0, pool-worker-1, ...; the pool decides how many run at once"
    );
}
