//! `fetch_all` runs under `grader::within`, so a thread that never gets the Gil back fails its
//! test instead of hanging it.

use std::time::Duration;

use ex10_io_without_the_gil::fetch_all;
use gil::Gil;
use grader::{Meeting, within};

/// How long a test waits for `fetch_all`, beyond what a meeting may cost.
const LIMIT: Duration = Duration::from_secs(2);

const STUCK: &str = "a thread waits for the Gil that nobody will ever give back (does one \
                     thread take it twice, or keep it?): `allow_threads` takes it back by \
                     itself, and the guard releases it when it is dropped";

#[test]
fn every_page_is_appended_once() {
    let mut pages = within(LIMIT, STUCK, || {
        let gil = Gil::default();
        fetch_all(&gil, &["alpha", "beta", "gamma"], |name| {
            name.to_uppercase()
        })
    });
    pages.sort();
    assert_eq!(
        pages,
        ["alpha: ALPHA", "beta: BETA", "gamma: GAMMA"],
        "each thread appends \"<name>: <page>\" once, with the page its download returned"
    );
}

#[test]
fn four_downloads_wait_at_the_same_time() {
    // Each download returns "met" only if all four are waiting in it at once: impossible while
    // a thread waits holding the Gil, since the others cannot start theirs.
    let pages = within(LIMIT + Meeting::PATIENCE, STUCK, || {
        let gil = Gil::default();
        let meeting = Meeting::new(4);
        fetch_all(&gil, &["a", "b", "c", "d"], |_| {
            if meeting.pause() { "met" } else { "alone" }.to_string()
        })
    });
    let met = pages.iter().filter(|p| p.ends_with(": met")).count();
    assert_eq!(
        met, 4,
        "only {met} of 4 downloads were waiting at the same time ({pages:?}): a thread that \
         waits while it holds the Gil keeps the others from even starting theirs. Release the \
         Gil around the wait: `held.allow_threads(|| download(name))`"
    );
}
