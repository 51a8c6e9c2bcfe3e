//! Reads a recorded timeline: alone in its file, so no other test adds spans to the recording.

use std::sync::Arc;
use std::time::Duration;

use ex05_as_completed::{print_as_completed, some_task};
use grader::{Meeting, record, show_threads, within};
use pools::ThreadPool;

#[test]
fn the_tasks_run_at_the_same_time() {
    let (printed, timeline) = within(
        Duration::from_secs(2),
        "print_as_completed never returned",
        || {
            // The tasks meet before they sleep, if they can: tasks submitted together do.
            let meeting = Arc::new(Meeting::new(5));
            let pool = ThreadPool::new(5).unwrap();
            record(|| {
                let mut printed = Vec::new();
                print_as_completed(
                    &pool,
                    &[5, 4, 3, 2, 1],
                    move |sec| {
                        meeting.pause();
                        some_task(sec, Duration::from_millis(30))
                    },
                    |line| printed.push(line),
                );
                printed
            })
        },
    );
    println!("printed: {printed:?}");
    show_threads(&timeline);
    assert_eq!(printed.len(), 5, "one line per task: {printed:?}");
    assert!(
        timeline.max_overlap() >= 2,
        "the tasks never ran at the same time: submit every task before you wait for any result"
    );
}
