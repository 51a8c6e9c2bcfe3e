mod common;

use std::time::{Duration, Instant};

use common::{assert_image, describe, download_all, server};

#[test]
fn every_good_url_gives_its_bytes_in_url_order() {
    let server = server(6, 20);
    let results = download_all(server.image_urls(), 3);
    assert_eq!(results.len(), 6, "one result per URL");
    for i in 0..6 {
        assert_image(&results, i, i);
    }
}

#[test]
fn a_bad_url_is_an_error_for_that_url_only() {
    let server = server(3, 20);
    let refused = io_bound::closed_port_url().expect("a free port");
    let urls = vec![
        server.image_url(0),
        server.missing_url(),
        server.image_url(1),
        refused,
        server.image_url(2),
    ];
    let results = download_all(urls, 2);
    assert_eq!(results.len(), 5, "one result per URL");
    assert_image(&results, 0, 0);
    assert!(
        results[1]
            .as_ref()
            .is_err_and(|error| error.contains("404")),
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
fn a_url_that_fails_first_keeps_its_place() {
    // The closed port is refused at once, long before the images' 100 ms latency.
    let server = server(3, 100);
    let mut urls = server.image_urls();
    urls.push(io_bound::closed_port_url().expect("a free port"));
    let results = download_all(urls, 4);
    assert_eq!(results.len(), 4, "one result per URL");
    for i in 0..3 {
        assert_image(&results, i, i);
    }
    assert!(
        results[3].is_err(),
        "result 3, the closed port, should be an Err, got {}: it fails first, but its result \
         belongs in its URL's place, the last",
        describe(&results[3])
    );
}

#[test]
fn the_server_never_sees_more_than_max_concurrent_requests() {
    let server = server(12, 50);
    let results = download_all(server.image_urls(), 3);
    let report = server.shutdown();
    assert!(results.iter().all(Result::is_ok), "every image downloads");
    assert!(
        report.peak_open <= 3,
        "the server had {} requests open at once, with max_concurrent = 3: start at most 3 \
         threads that share the URLs, not one thread per URL",
        report.peak_open
    );
    assert!(
        report.peak_open >= 2,
        "the server never had two requests open at once: download on several threads at the \
         same time"
    );
}

#[test]
fn max_concurrent_1_is_one_at_a_time() {
    let server = server(3, 20);
    let results = download_all(server.image_urls(), 1);
    let report = server.shutdown();
    for i in 0..3 {
        assert_image(&results, i, i);
    }
    assert_eq!(
        report.peak_open, 1,
        "with max_concurrent = 1 the server should never have more than 1 request open"
    );
}

#[test]
fn with_latency_it_is_much_faster_than_one_at_a_time() {
    // One at a time, 8 URLs × 100 ms of latency take at least 800 ms; 4 at a time, about 200.
    // The fastest of three tries counts, so that a busy machine cannot fail correct code.
    let server = server(8, 100);
    let one_at_a_time = Duration::from_millis(800);
    let mut fastest = Duration::MAX;
    for _ in 0..3 {
        let started = Instant::now();
        let results = download_all(server.image_urls(), 4);
        fastest = fastest.min(started.elapsed());
        assert!(results.iter().all(Result::is_ok), "every image downloads");
        if fastest < one_at_a_time * 6 / 10 {
            return;
        }
    }
    panic!(
        "8 downloads of 100 ms each, 4 at a time, took {fastest:?} (the fastest of three tries): \
         one at a time takes 800 ms, 4 at a time about 200. Run up to max_concurrent downloads \
         at the same time"
    );
}

#[test]
fn an_empty_list_gives_no_results() {
    let results = download_all(Vec::new(), 4);
    assert!(results.is_empty(), "no URLs, no results");
}
