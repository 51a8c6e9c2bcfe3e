//! Records a timeline: alone in its file, so no other test adds spans to the recording.

use std::sync::Arc;
use std::thread;
use std::time::Duration;

use ex03_results_as_completed::as_completed;
use grader::{Meeting, call, record, show_threads, span};

/// How long each job waits at its start for the others.
const PATIENCE: Duration = Duration::from_secs(2);

#[test]
fn the_jobs_run_at_the_same_time() {
    let meeting = Arc::new(Meeting::with_patience(3, PATIENCE));
    let jobs: Vec<_> = [60, 20, 40]
        .into_iter()
        .map(|ms| {
            let meeting = Arc::clone(&meeting);
            move || {
                meeting.pause();
                span(format!("job {ms} ms"), || {
                    thread::sleep(Duration::from_millis(ms))
                })
            }
        })
        .collect();
    let (_, timeline) = record(|| {
        call(|| as_completed(jobs, |_, ()| {})).within(
            Duration::from_secs(3),
            "as_completed had not returned 3 s after it was called: see the other tests",
        )
    });
    show_threads(&timeline);
    assert!(
        meeting.met(),
        "the first job waited {PATIENCE:?} at its start for the other two, which never came: the \
         jobs did not run at the same time. Start every thread before waiting for any result"
    );
}
