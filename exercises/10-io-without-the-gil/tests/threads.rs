//! Reads a recorded timeline: alone in its file, so no other test adds spans to the recording.

use std::thread;
use std::time::Duration;

use ex10_io_without_the_gil::{APPEND, fetch_all};
use gil::{Gil, TURN};
use grader::{Meeting, show_threads, within};
use timing::max_overlap;

const DOWNLOAD: &str = "download";

#[test]
fn downloads_overlap_while_python_code_runs_one_thread_at_a_time() {
    let stuck = "a thread never gave the Gil back";
    let (_, timeline) = within(Duration::from_secs(3), stuck, || {
        timing::record(|| {
            let gil = Gil::default();
            let meeting = Meeting::new(3);
            fetch_all(&gil, &["alpha", "beta", "gamma"], |name| {
                timing::span(DOWNLOAD, || {
                    meeting.pause();
                    thread::sleep(Duration::from_millis(30));
                    name.to_uppercase()
                })
            })
        })
    });
    let chart = timeline.render();
    let spans = timeline.spans();
    let only =
        |label: &str| -> Vec<_> { spans.iter().filter(|s| s.label == label).cloned().collect() };
    let (turns, downloads, appends) = (only(TURN), only(DOWNLOAD), only(APPEND));

    assert_eq!(
        max_overlap(&downloads),
        3,
        "the 3 downloads did not all wait at the same time: a thread that waits while it holds \
         the Gil keeps the others out. Release it around the wait only.\n{chart}"
    );
    assert_eq!(appends.len(), 3, "each thread appends once\n{chart}");
    for append in &appends {
        let under_the_gil = turns.iter().any(|turn| {
            turn.thread == append.thread && turn.start <= append.start && append.end <= turn.end
        });
        assert!(
            under_the_gil,
            "{} appended to the list while it did not hold the Gil: Python objects may be \
             touched only by the thread that holds it. Keep `append` out of `allow_threads`, \
             and hold the guard from `gil.acquire()` until after it.\n{chart}",
            append.thread
        );
    }
    assert!(
        max_overlap(&turns) <= 1,
        "two threads held the Gil at once: use the one `gil` you were given\n{chart}"
    );
    show_threads(&timeline);
}
