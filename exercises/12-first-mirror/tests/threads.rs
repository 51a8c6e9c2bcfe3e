//! Reads a recorded timeline: alone in its file, so no other test adds spans to the recording.

mod support;

use support::{PATIENCE, describe, fetch_first, mirror, the_file, watch};

#[test]
fn every_mirror_is_asked_at_once_and_the_first_good_answer_returns() {
    // The 404 is held back until all three mirrors are being asked, and the good one until the
    // 404 is in: their spans overlap, and both end before `fetch_first` returns.
    let (quick_404, silent, good) = (mirror(), mirror(), mirror());
    let (missing, found) = (quick_404.missing_url(), good.image_url(0));
    let mirrors = vec![missing.clone(), silent.stall_url(), found.clone()];
    let _watch = watch(move |url, flight| {
        if url == missing {
            flight.wait_until(PATIENCE, |c| c.started >= 3);
        } else if url == found {
            flight.wait_until(PATIENCE, |c| c.finished >= 1);
        }
    });
    let (answer, timeline) = grader::record(|| fetch_first(mirrors));
    grader::show_threads(&timeline);
    assert!(
        answer.as_ref().is_ok_and(|body| *body == the_file()),
        "two mirrors have the file, got {}: the 404 is not an answer",
        describe(&answer)
    );
    assert!(
        timeline.max_overlap() >= 2,
        "the fetches never overlapped: ask every mirror at the same time, one thread each"
    );
}
