//! Reads a recorded timeline: alone in its file, so no other test adds spans to the recording.

use std::time::Duration;

use ex07_permits_on_drop::{Semaphore, connect};
use grader::{record, show_threads, within};

#[test]
fn six_workers_share_two_connections() {
    let ((), timeline) = within(
        Duration::from_secs(3),
        "six 40 ms connections through two permits had not finished: a worker waits for a \
         permit that is dropped but never handed on (count up, then notify)",
        || {
            record(|| {
                let pool = Semaphore::new(2);
                std::thread::scope(|s| {
                    for n in 1..=6 {
                        let pool = &pool;
                        std::thread::Builder::new()
                            .name(format!("worker-{n}"))
                            .spawn_scoped(s, move || connect(pool, Duration::from_millis(40)))
                            .expect("the OS could not start a thread");
                    }
                });
            })
        },
    );
    show_threads(&timeline);
    assert!(
        timeline.max_overlap() <= 2,
        "{} workers were connected at once through a Semaphore::new(2)",
        timeline.max_overlap()
    );
}
