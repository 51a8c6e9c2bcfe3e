//! Reads a recorded timeline: alone in its file, so no other test adds spans to the recording.

mod common;

use std::sync::mpsc;
use std::thread;
use std::time::Duration;

use common::{LIMIT, describe, mirror, the_file};

#[test]
fn every_mirror_is_asked_at_once_and_the_first_good_answer_returns() {
    let (quick_404, silent, good) = (mirror(100), mirror(0), mirror(200));
    let mirrors = vec![
        quick_404.missing_url(),
        silent.stall_url(),
        good.image_url(0),
    ];
    let (done, recorded) = mpsc::channel();
    thread::spawn(move || {
        let _ = done.send(timing::record(|| ex12_first_mirror::fetch_first(&mirrors)));
    });
    let (answer, timeline) = match recorded.recv_timeout(LIMIT) {
        Ok(recorded) => recorded,
        Err(mpsc::RecvTimeoutError::Disconnected) => panic!("your code panicked (see above)"),
        Err(mpsc::RecvTimeoutError::Timeout) => panic!(
            "fetch_first looks stuck: still running after {LIMIT:?}, though the third mirror \
             answered after 200 ms: do not wait for the second one, which never answers"
        ),
    };
    println!("your threads:\n{}", timeline.render());
    assert!(
        answer.as_ref().is_ok_and(|body| *body == the_file()),
        "two mirrors have the file, got {}: the 404 is not an answer",
        describe(&answer)
    );
    assert!(
        timeline.max_overlap() >= 2,
        "the fetches never overlapped: ask every mirror at the same time, one thread each"
    );
    assert!(
        timeline.elapsed() < Duration::from_millis(1000),
        "fetch_first took {:?}, though the third mirror answered after 200 ms: return the \
         first good answer without waiting for the others",
        timeline.elapsed()
    );
}
