//! Reads a recorded timeline: alone in its file, so no other test adds spans to the recording.

use std::sync::mpsc;
use std::thread;
use std::time::Duration;

use ex03_results_as_completed::as_completed;

#[test]
fn the_jobs_run_at_the_same_time() {
    let jobs: Vec<_> = [300, 100, 200]
        .into_iter()
        .map(|ms| {
            move || {
                timing::span(format!("job {ms} ms"), || {
                    thread::sleep(Duration::from_millis(ms))
                })
            }
        })
        .collect();
    let (returned, timeline) = timing::record(|| {
        let (done, finished) = mpsc::channel();
        thread::spawn(move || {
            as_completed(jobs, |_, ()| {});
            let _ = done.send(());
        });
        finished.recv_timeout(Duration::from_secs(2)).is_ok()
    });
    println!("your threads:\n{}", timeline.render());
    assert!(
        returned,
        "as_completed had not returned 2 s after it was called: see the other test"
    );
    assert_eq!(
        timeline.max_overlap(),
        3,
        "the jobs did not all run at the same time: start every thread before waiting for any"
    );
}
