//! Reads a recorded timeline: alone in its file, so no other test adds spans to the recording.

use std::time::Duration;

use ex05_as_completed::{print_as_completed, some_task};
use pools::ThreadPool;

#[test]
fn the_tasks_run_at_the_same_time() {
    let unit = Duration::from_millis(30);
    let pool = ThreadPool::new(5).unwrap();
    let (printed, timeline) = timing::record(|| {
        let mut printed = Vec::new();
        print_as_completed(
            &pool,
            &[5, 4, 3, 2, 1],
            move |sec| some_task(sec, unit),
            |line| printed.push(line),
        );
        printed
    });
    println!("printed: {printed:?}");
    println!("your threads:\n{}", timeline.render());
    assert_eq!(printed.len(), 5, "one line per task: {printed:?}");
    assert!(
        timeline.max_overlap() >= 2,
        "the tasks never ran at the same time: submit every task before you wait for any result"
    );
}
