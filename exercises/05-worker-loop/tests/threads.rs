//! Reads a recorded timeline: alone in its file, so no other test adds spans to the recording.

use std::sync::{Arc, mpsc};
use std::thread;
use std::time::Duration;

use ex05_worker_loop::Pool;
use pools::support::Rendezvous;

#[test]
fn the_workers_run_their_jobs_at_the_same_time() {
    let (done, finished) = mpsc::channel();
    thread::spawn(move || {
        let _ = done.send(timing::record(|| {
            // Each job is drawn as a span; inside it, it waits (up to 300 ms) for the other two.
            let meet = Arc::new(Rendezvous::new(3));
            let pool = Pool::new(3);
            for n in 1..=3 {
                let meet = Arc::clone(&meet);
                pool.execute(move || {
                    timing::span(format!("job {n}"), || {
                        meet.wait(Duration::from_millis(300));
                        thread::sleep(Duration::from_millis(30));
                    })
                });
            }
            drop(pool);
        }));
    });
    let ((), timeline) = finished
        .recv_timeout(Duration::from_secs(5))
        .expect("dropping the pool never returned: the worker must return when `recv` returns Err");
    println!("your threads:\n{}", timeline.render());
    assert_eq!(
        timeline.max_overlap(),
        3,
        "3 workers ran their 3 jobs one after another: the worker holds the queue's lock while \
         its job runs"
    );
}
