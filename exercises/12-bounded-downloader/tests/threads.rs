//! Reads a recorded timeline: alone in its file, so no other test adds spans to the recording.

mod support;

use std::time::Duration;

use grader::Meeting;
use support::{download_all, server, watch};

#[test]
fn three_downloads_at_a_time() {
    let server = server(9);
    let three = Meeting::with_patience(3, Duration::from_secs(2));
    let _watch = watch(move |_, _| {
        three.pause();
    });
    let urls = server.image_urls();
    let (results, timeline) = grader::record(|| download_all(urls, 3));
    assert!(results.iter().all(Result::is_ok), "every image downloads");
    assert_eq!(
        timeline.max_overlap(),
        3,
        "with max_concurrent = 3, {} downloads ran at once",
        timeline.max_overlap()
    );
    grader::show_threads(&timeline);
}
