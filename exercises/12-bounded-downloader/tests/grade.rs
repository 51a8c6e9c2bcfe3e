//! The given `fetch` lets these tests count the downloads running at once and hold one back
//! (`grader::downloads::watch`), so each bug shows on every run.

mod support;

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering::SeqCst};
use std::time::Duration;

use grader::Meeting;
use support::{PATIENCE, assert_image, assert_images, describe, download_all, server, watch};

#[test]
fn every_good_url_gives_its_bytes_in_url_order() {
    let server = server(6);
    let _watch = watch(|_, _| {});
    assert_images(&download_all(server.image_urls(), 3), 6);
}

#[test]
fn a_bad_url_is_an_error_for_that_url_only() {
    let server = server(3);
    let refused = io_bound::closed_port_url().expect("a free port");
    let urls = vec![
        server.image_url(0),
        server.missing_url(),
        server.image_url(1),
        refused,
        server.image_url(2),
    ];
    let _watch = watch(|_, _| {});
    let results = download_all(urls, 2);
    assert_eq!(results.len(), 5, "one result per URL");
    assert_image(&results, 0, 0);
    assert!(
        results[1].as_ref().is_err_and(|e| e.contains("404")),
        "result 1 (/missing.png, answered 404) should be an Err that says 404, got {}",
        describe(&results[1])
    );
    assert_image(&results, 2, 1);
    assert!(
        results[3].is_err(),
        "result 3 (a closed port) should be an Err, got {}",
        describe(&results[3])
    );
    assert_image(&results, 4, 2);
}

#[test]
fn a_url_that_finishes_first_keeps_its_place() {
    // Every image is held back until the closed port has failed: it finishes first, for sure.
    let server = server(3);
    let mut urls = server.image_urls();
    urls.push(io_bound::closed_port_url().expect("a free port"));
    let _watch = watch(|url, flight| {
        if url.contains("/images/") {
            flight.wait_until(PATIENCE, |c| c.finished >= 1);
        }
    });
    let results = download_all(urls, 4);
    assert_eq!(results.len(), 4, "one result per URL");
    for i in 0..3 {
        assert_image(&results, i, i);
    }
    assert!(
        results[3].is_err(),
        "result 3, the closed port, should be an Err, got {}: it finishes first, but its result \
         belongs in its URL's place, the last",
        describe(&results[3])
    );
}

#[test]
fn never_more_than_max_concurrent_at_once_and_that_many_do_run() {
    // Each download waits (up to a moment) for 3 to be running, then for a 4th: if your code
    // can run 4 at once, it does; if it cannot run 3, the test sees it.
    let server = server(9);
    let three = Meeting::with_patience(3, Duration::from_secs(2));
    let four = Meeting::with_patience(4, Duration::from_secs(1));
    let watch = watch(move |_, _| {
        three.pause();
        four.pause();
    });
    let results = download_all(server.image_urls(), 3);
    assert!(results.iter().all(Result::is_ok), "every image downloads");
    let peak = watch.peak();
    assert!(
        peak <= 3,
        "{peak} downloads ran at once with max_concurrent = 3: start at most max_concurrent \
         threads that share the URLs (a pool), not one thread per URL"
    );
    assert_eq!(
        peak, 3,
        "with 9 URLs and max_concurrent = 3, at most {peak} download(s) ever ran at once: run \
         max_concurrent downloads at the same time"
    );
}

#[test]
fn a_slow_download_does_not_hold_up_the_others() {
    // The first image is held back until the three others have finished: with 2 at a time, the
    // other thread must take them one after another while the first waits.
    let server = server(4);
    let urls = server.image_urls();
    let slow = urls[0].clone();
    let released = Arc::new(AtomicBool::new(false));
    let seen = Arc::clone(&released);
    let _watch = watch(move |url, flight| {
        if url == slow && flight.wait_until(PATIENCE, |c| c.finished >= 3) {
            seen.store(true, SeqCst);
        }
    });
    assert_images(&download_all(urls, 2), 4);
    assert!(
        released.load(SeqCst),
        "with max_concurrent = 2, while image 0 was slow the 3 others never all finished: a \
         new download must start as soon as one ends (a pool of workers taking the next URL), \
         not wait for a batch, or for another thread's share of the URLs, to be done"
    );
}

#[test]
fn one_at_a_time_more_room_than_urls_and_no_urls() {
    let server = server(3);
    let watch = watch(|_, _| {});
    assert_images(&download_all(server.image_urls(), 1), 3);
    let peak = watch.peak();
    assert_eq!(
        peak, 1,
        "max_concurrent = 1, yet {peak} downloads ran at once"
    );
    assert_images(&download_all(server.image_urls(), 8), 3);
    assert!(
        download_all(Vec::new(), 4).is_empty(),
        "no URLs, no results"
    );
}
