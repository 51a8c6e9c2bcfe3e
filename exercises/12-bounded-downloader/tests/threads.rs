//! Reads a recorded timeline: alone in its file, so no other test adds spans to the recording.

mod common;

use common::{server, within};

#[test]
fn at_most_three_downloads_run_at_once() {
    let server = server(9, 60);
    let urls = server.image_urls();
    let (results, timeline) =
        within(move || timing::record(|| ex12_bounded_downloader::download_all(&urls, 3)));
    println!("your threads:\n{}", timeline.render());
    assert!(results.iter().all(Result::is_ok), "every image downloads");
    assert!(
        timeline.max_overlap() <= 3,
        "{} downloads ran at once, with max_concurrent = 3: start at most 3 threads",
        timeline.max_overlap()
    );
    assert!(
        timeline.max_overlap() >= 2,
        "the downloads never overlapped: run them on several threads at the same time"
    );
}
