//! Reads a recorded timeline: alone in its file, so no other test adds spans to the recording.

use std::sync::Arc;
use std::time::Duration;

use ex05_worker_loop::Pool;
use grader::{Meeting, record, show_threads, span, within};

#[test]
fn the_workers_run_their_jobs_at_the_same_time() {
    let ((), timeline) = within(
        Duration::from_secs(2),
        "dropping the pool never returned: the worker must return when `recv` returns Err",
        || {
            record(|| {
                // Each job is drawn as a span; inside it, it meets the other two if it can.
                let meeting = Arc::new(Meeting::new(3));
                let pool = Pool::new(3);
                for n in 1..=3 {
                    let meeting = Arc::clone(&meeting);
                    pool.execute(move || {
                        span(format!("job {n}"), || {
                            meeting.pause();
                            std::thread::sleep(Duration::from_millis(30));
                        })
                    });
                }
                drop(pool);
            })
        },
    );
    show_threads(&timeline);
    assert_eq!(
        timeline.max_overlap(),
        3,
        "3 workers ran their 3 jobs one after another: the worker holds the queue's lock while \
         its job runs"
    );
}
