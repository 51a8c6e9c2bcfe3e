//! Reads a recorded timeline: alone in its file, so no other test adds spans to the recording.

use std::sync::mpsc;
use std::thread;
use std::time::Duration;

use ex07_permits_on_drop::{Semaphore, connect};

#[test]
fn six_workers_share_two_connections() {
    let (done, finished) = mpsc::channel();
    thread::spawn(move || {
        let _ = done.send(timing::record(|| {
            let pool = Semaphore::new(2);
            thread::scope(|s| {
                for n in 1..=6 {
                    let pool = &pool;
                    thread::Builder::new()
                        .name(format!("worker-{n}"))
                        .spawn_scoped(s, move || connect(pool, Duration::from_millis(40)))
                        .expect("the OS could not start a thread");
                }
            });
        }));
    });
    let ((), timeline) = match finished.recv_timeout(Duration::from_secs(3)) {
        Ok(recorded) => recorded,
        Err(mpsc::RecvTimeoutError::Disconnected) => panic!("your Semaphore panicked (see above)"),
        Err(mpsc::RecvTimeoutError::Timeout) => panic!(
            "six 40 ms connections through two permits had not finished after 3 s: a worker \
             waits for a permit that is dropped but never handed on (count up, then notify)"
        ),
    };
    println!("your threads:\n{}", timeline.render());
    assert!(
        timeline.max_overlap() <= 2,
        "{} workers were connected at once through a Semaphore::new(2)",
        timeline.max_overlap()
    );
}
